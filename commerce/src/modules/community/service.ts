import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { createHash } from "node:crypto"
import type { Knex } from "knex"
import { Badge, type AutomaticBadgeKind } from "./models/badge"
import { Category } from "./models/category"
import { Discussion } from "./models/discussion"
import { Follow, type FollowTarget } from "./models/follow"
import { Group } from "./models/group"
import { GroupMembership } from "./models/group-membership"
import { Member } from "./models/member"
import { ModerationLog } from "./models/moderation-log"
import { Notification } from "./models/notification"
import { Reaction } from "./models/reaction"
import { Reply } from "./models/reply"
import { Report } from "./models/report"
import { activityFeedSql, type ActivityFeedQuery, type ActivityFeedRow } from "./lib/activity-feed"
import { HANDLE_SEPARATORS_SQL } from "./lib/mentions"
import { MAX_MENTIONED_MEMBERS, UNREAD_COUNT_CAP, type NewNotification, type NotificationFeedQuery, type NotificationRow } from "./lib/notifications"

export type Engagement = {
  active_members_7d: number
  active_members_30d: number
  posts_per_day: { day: string; discussions: number; replies: number }[]
  top_discussions: { id: string; title: string; reply_count: number; reactions: number; last_activity_at: string }[]
}

export type MemberActivity = {
  member_id: string
  discussions: number
  replies: number
  /** Reports filed against the member's posts, and how many of them are still open. */
  reports_against: number
  open_reports_against: number
  /** Their latest post, reply, reaction or report; null if they never did anything. */
  last_active_at: Date | null
}

/** A prepared statement's name for one text: a statement's name must always stand for the same text on a connection. */
const preparedName = (prefix: string, text: string) => `${prefix}_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`

/** A reply is helpful once a member other than its author reacted to it; this many earn the badge. */
export const HELPFUL_REPLIES_FOR_BADGE = 10

export type AwardedBadge = { id: string; member_id: string; kind: AutomaticBadgeKind }

/**
 * Who the member directory lists: active members not hidden from it, by name.
 * `q` is an ILIKE pattern; `badge` and `customer_ids` ("took the same
 * course") count only members who show their badges / courses.
 */
export type DirectoryFilter = {
  q?: string
  badge?: string
  customer_ids?: string[]
  /** Members of this group who show their groups (the route decides who may ask about a private one). */
  group_id?: string
  after?: { display_name: string; id: string }
  limit: number
}

export type DirectoryRow = {
  id: string
  display_name: string
  avatar_url: string | null
  role: string
  joined_at: Date
  bio: string | null
  show_bio: boolean
  show_badges: boolean
  /** The member's badges, oldest first (`awarded_at` as JSON gives it); null when they keep them private. */
  badges: { id: string; member_id: string; kind: string; label: string | null; awarded_at: string }[] | null
}

export type ModerationActorSummary = { actor_type: "staff" | "moderator"; actor_id: string; actions: number; last_action_at: Date }

// Every visible post with its author and time: the base of the engagement figures.
const POSTS = `
  SELECT author_id, created_at, 'discussion' AS kind FROM community_discussion WHERE deleted_at IS NULL
  UNION ALL
  SELECT author_id, created_at, 'reply' AS kind FROM community_reply WHERE deleted_at IS NULL`

class CommunityModuleService extends MedusaService({
  CommunityMember: Member,
  CommunityCategory: Category,
  CommunityDiscussion: Discussion,
  CommunityReply: Reply,
  CommunityReaction: Reaction,
  CommunityReport: Report,
  CommunityModerationLog: ModerationLog,
  CommunityBadge: Badge,
  CommunityGroup: Group,
  CommunityGroupMembership: GroupMembership,
  CommunityNotification: Notification,
  CommunityFollow: Follow,
}) {
  /**
   * A page of the community feed for one reader (or a visitor): see lib/activity-feed.ts. Sent as a named
   * prepared statement (its values bound, not written into the text), so each connection plans each of its
   * few shapes once and PostgreSQL may keep a generic plan: planning the statement took as long as running
   * it for most readers (in the bench, PostgreSQL's CPU per feed 17-21 -> 13 ms).
   */
  @InjectManager()
  async activityFeed(query: ActivityFeedQuery, @MedusaContext() context: Context = {}): Promise<ActivityFeedRow[]> {
    const manager = context.manager as SqlEntityManager
    const { text, params } = activityFeedSql(query)
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const { rows } = await knex.raw(text, params as Knex.RawBinding[]).options({ name: preparedName("community_feed", text) })
    return rows
  }

  /** The member follows a member or discussion; racing follows make one row. Answers whether this call made it. */
  @InjectManager()
  async followOnce(followerId: string, targetType: FollowTarget, targetId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `INSERT INTO community_follow (id, follower_id, target_type, target_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, now(), now()) ON CONFLICT DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "cfol"), followerId, targetType, targetId]
    )
    return rows.length > 0
  }

  /** The member stops following; answers whether they were. */
  @InjectManager()
  async unfollow(followerId: string, targetType: FollowTarget, targetId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `DELETE FROM community_follow WHERE follower_id = ? AND target_type = ? AND target_id = ? RETURNING id`,
      [followerId, targetType, targetId]
    )
    return rows.length > 0
  }

  /** How many active members each group has: one query for a page of groups. */
  @InjectManager()
  async groupMemberCounts(groupIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, number>> {
    if (!groupIds.length) return new Map()
    const manager = context.manager as SqlEntityManager
    const rows: { group_id: string; members: number }[] = await manager.execute(
      `SELECT group_id, count(*)::int AS members FROM community_group_membership
        WHERE group_id IN (?) AND status = 'active' AND deleted_at IS NULL GROUP BY group_id`,
      [groupIds]
    )
    return new Map(rows.map((r) => [r.group_id, r.members]))
  }

  /**
   * Creates a notification unless its source event already made one (retries and races create one); null when it existed.
   * `created_at` is kept to the millisecond: the feed's cursor carries it as a JavaScript date, and a microsecond
   * PostgreSQL time would page past a notification made in the same millisecond as the cursor's.
   */
  @InjectManager()
  async createNotificationOnce(input: NewNotification, @MedusaContext() context: Context = {}): Promise<{ id: string } | null> {
    const manager = context.manager as SqlEntityManager
    const [row]: { id: string }[] = await manager.execute(
      `INSERT INTO community_notification (id, recipient_id, kind, actor_id, discussion_id, reply_id, subject_id, data, source_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, date_trunc('milliseconds', now()), now())
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        generateEntityId(undefined, "cntf"),
        input.recipient_id,
        input.kind,
        input.actor_id ?? null,
        input.discussion_id ?? null,
        input.reply_id ?? null,
        input.subject_id ?? null,
        input.data ? JSON.stringify(input.data) : null,
        input.source_key,
      ]
    )
    return row ?? null
  }

  /**
   * The signed-in customer's member id, role and status, or null if they have not joined: asked by nearly
   * every community route, so one indexed statement rather than the ORM's find (which cost as much CPU).
   */
  @InjectManager()
  async viewerOfCustomer(customerId: string, @MedusaContext() context: Context = {}): Promise<{ id: string; role: "member" | "moderator"; status: "active" | "suspended" } | null> {
    const manager = context.manager as SqlEntityManager
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const { rows } = await knex
      .raw(`SELECT id, role, status FROM community_member WHERE customer_id = ? AND deleted_at IS NULL LIMIT 1`, [customerId])
      .options({ name: "community_viewer" })
    return rows[0] ?? null
  }

  /**
   * The bell: the signed-in customer's member id and unread count in one
   * indexed query (counted up to UNREAD_COUNT_CAP); null if they have not joined.
   * A named statement: parsed and planned once per connection.
   */
  @InjectManager()
  async unreadNotificationCount(customerId: string, @MedusaContext() context: Context = {}): Promise<{ member_id: string; unread: number } | null> {
    const manager = context.manager as SqlEntityManager
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const { rows } = await knex
      .raw(
        `SELECT m.id AS member_id,
                (SELECT count(*) FROM (SELECT 1 FROM community_notification n
                   WHERE n.recipient_id = m.id AND n.read_at IS NULL AND n.deleted_at IS NULL LIMIT ?) unread)::int AS unread
           FROM community_member m WHERE m.customer_id = ? AND m.deleted_at IS NULL`,
        [UNREAD_COUNT_CAP, customerId]
      )
      .options({ name: "community_unread_count" })
    return rows[0] ?? null
  }

  /** A member's notifications with what their text needs, newest first, after `before` (the cursor). */
  @InjectManager()
  async notificationFeed(query: NotificationFeedQuery, @MedusaContext() context: Context = {}): Promise<NotificationRow[]> {
    const manager = context.manager as SqlEntityManager
    const where: string[] = ["n.recipient_id = ?", "n.deleted_at IS NULL"]
    const params: unknown[] = [query.recipient_id]
    if (query.before) {
      where.push("(n.created_at, n.id) < (?::timestamptz, ?)")
      params.push(query.before.created_at, query.before.id)
    }
    if (query.id) {
      where.push("n.id = ?")
      params.push(query.id)
    }
    if (query.unread_only) where.push("n.read_at IS NULL")
    if (query.since) {
      where.push("n.created_at > ?::timestamptz")
      params.push(query.since)
    }
    if (query.kinds) {
      if (!query.kinds.length) return []
      where.push("n.kind IN (?)")
      params.push(query.kinds)
    }
    return manager.execute(
      `SELECT n.id, n.kind, n.actor_id, n.discussion_id, n.reply_id, n.subject_id, n.data, n.read_at, n.created_at,
              a.display_name AS actor_name, a.avatar_url AS actor_avatar_url,
              d.title AS discussion_title, c.slug AS category_slug
         FROM community_notification n
         LEFT JOIN community_member a ON a.id = n.actor_id AND a.deleted_at IS NULL
         LEFT JOIN community_discussion d ON d.id = n.discussion_id AND d.deleted_at IS NULL
         LEFT JOIN community_category c ON c.id = d.category_id
        WHERE ${where.join(" AND ")}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ?`,
      [...params, query.limit]
    )
  }

  /** Marks the member's unread notifications read (only `id`, when given); answers how many changed. */
  @InjectManager()
  async markNotificationsRead(recipientId: string, id?: string, @MedusaContext() context: Context = {}): Promise<number> {
    const manager = context.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `UPDATE community_notification SET read_at = now(), updated_at = now()
        WHERE recipient_id = ? AND read_at IS NULL AND deleted_at IS NULL ${id ? "AND id = ?" : ""} RETURNING id`,
      id ? [recipientId, id] : [recipientId]
    )
    return rows.length
  }

  /**
   * Members a post's `@handles` name: a member's handle is their display name
   * lowercased without spaces or punctuation ("Ada Reader" is @AdaReader,
   * @ada_reader, @ada.reader). Every member bearing a handle is named by it.
   */
  @InjectManager()
  async membersByHandle(handles: string[], @MedusaContext() context: Context = {}): Promise<{ id: string; handle: string }[]> {
    if (!handles.length) return []
    const manager = context.manager as SqlEntityManager
    return manager.execute(
      `SELECT id, handle FROM (
         SELECT id, lower(regexp_replace(display_name, ?, '', 'g')) AS handle FROM community_member WHERE deleted_at IS NULL
       ) m WHERE handle IN (?) ORDER BY id LIMIT ?`,
      [HANDLE_SEPARATORS_SQL, handles, MAX_MENTIONED_MEMBERS]
    )
  }

  /**
   * Awards automatic badges with INSERT … ON CONFLICT DO NOTHING: a badge the
   * member holds is skipped however many awards race, and one staff revoked
   * (soft-deleted) is not given back.
   * Answers only the rows this call created.
   */
  @InjectManager()
  async awardBadges(awards: { member_id: string; kind: AutomaticBadgeKind }[], @MedusaContext() context: Context = {}): Promise<AwardedBadge[]> {
    if (!awards.length) return []
    const manager = context.manager as SqlEntityManager
    const values = awards.map(() => "(?, ?, ?)").join(", ")
    return manager.execute(
      `INSERT INTO community_badge (id, member_id, kind, awarded_at, created_at, updated_at)
       SELECT a.id, a.member_id, a.kind, now(), now(), now() FROM (VALUES ${values}) AS a (id, member_id, kind)
        WHERE NOT EXISTS (SELECT 1 FROM community_badge b WHERE b.member_id = a.member_id AND b.kind = a.kind)
       ON CONFLICT DO NOTHING RETURNING id, member_id, kind`,
      awards.flatMap((a) => [generateEntityId(undefined, "cbdg"), a.member_id, a.kind])
    )
  }

  /** Gives every member of at least a year (active, not deleted) the one-year badge they lack, in one statement. */
  @InjectManager()
  async awardOneYearBadges(@MedusaContext() context: Context = {}): Promise<AwardedBadge[]> {
    const manager = context.manager as SqlEntityManager
    const due: { id: string }[] = await manager.execute(
      `SELECT m.id FROM community_member m
        WHERE m.deleted_at IS NULL AND m.joined_at <= now() - interval '1 year'
          AND NOT EXISTS (SELECT 1 FROM community_badge b WHERE b.member_id = m.id AND b.kind = 'one_year_member')`
    )
    return this.awardBadges(due.map((m) => ({ member_id: m.id, kind: "one_year_member" as const })), context)
  }

  /** How many of the member's visible replies another member reacted to. */
  @InjectManager()
  async helpfulReplyCount(memberId: string, @MedusaContext() context: Context = {}): Promise<number> {
    const manager = context.manager as SqlEntityManager
    const [row] = await manager.execute(
      `SELECT count(*)::int AS helpful FROM community_reply r
        WHERE r.author_id = ? AND r.deleted_at IS NULL AND r.visibility = 'visible'
          AND EXISTS (SELECT 1 FROM community_reaction x
                       WHERE x.target_type = 'reply' AND x.target_id = r.id AND x.member_id <> r.author_id AND x.deleted_at IS NULL)`,
      [memberId]
    )
    return row?.helpful ?? 0
  }

  /**
   * Moves a discussion's visible-reply count by `delta` in one UPDATE, so
   * concurrent replies never lose a count; a new reply also marks activity.
   */
  @InjectManager()
  async adjustReplyCount(discussionId: string, delta: number, touch = false, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `UPDATE community_discussion
          SET reply_count = GREATEST(reply_count + ?, 0),
              last_activity_at = CASE WHEN ? THEN now() ELSE last_activity_at END,
              updated_at = now()
        WHERE id = ?`,
      [delta, touch, discussionId]
    )
  }

  /** What each member has done, for the staff member list: one query for a page of members. */
  @InjectManager()
  async memberActivity(memberIds: string[], @MedusaContext() context: Context = {}): Promise<MemberActivity[]> {
    if (!memberIds.length) return []
    const manager = context.manager as SqlEntityManager
    return manager.execute(
      `SELECT m.id AS member_id,
              (SELECT count(*) FROM community_discussion d WHERE d.author_id = m.id AND d.deleted_at IS NULL)::int AS discussions,
              (SELECT count(*) FROM community_reply r WHERE r.author_id = m.id AND r.deleted_at IS NULL)::int AS replies,
              reports.total AS reports_against,
              reports.open AS open_reports_against,
              GREATEST(
                (SELECT max(created_at) FROM community_discussion WHERE author_id = m.id),
                (SELECT max(created_at) FROM community_reply WHERE author_id = m.id),
                (SELECT max(created_at) FROM community_reaction WHERE member_id = m.id),
                (SELECT max(created_at) FROM community_report WHERE reporter_id = m.id)
              ) AS last_active_at
         FROM community_member m
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS total, count(*) FILTER (WHERE rp.status = 'open')::int AS open
             FROM community_report rp
            WHERE rp.deleted_at IS NULL
              AND ((rp.target_type = 'discussion' AND rp.target_id IN (SELECT id FROM community_discussion WHERE author_id = m.id))
                OR (rp.target_type = 'reply' AND rp.target_id IN (SELECT id FROM community_reply WHERE author_id = m.id)))
         ) reports ON true
        WHERE m.id IN (?)`,
      [memberIds]
    )
  }

  /**
   * A page of the member directory (keyset on name, id): `limit + 1` rows tell the caller whether more follow.
   * Each member's badges come in the same query (a lateral join on the page), not in a second one per page.
   */
  @InjectManager()
  async listDirectoryMembers(f: DirectoryFilter, @MedusaContext() context: Context = {}): Promise<DirectoryRow[]> {
    if (f.customer_ids && !f.customer_ids.length) return []
    const where = ["m.deleted_at IS NULL", "m.status = 'active'", "m.hidden_from_directory = false"]
    const params: unknown[] = []
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql)
      params.push(...values)
    }
    if (f.q) add("m.display_name ILIKE ?", f.q)
    if (f.badge) {
      add("m.show_badges AND EXISTS (SELECT 1 FROM community_badge b WHERE b.member_id = m.id AND b.kind = ? AND b.deleted_at IS NULL)", f.badge)
    }
    if (f.customer_ids) add("m.show_courses AND m.customer_id IN (?)", f.customer_ids)
    if (f.group_id) {
      add(
        `m.show_groups AND EXISTS (SELECT 1 FROM community_group_membership gm
          WHERE gm.member_id = m.id AND gm.group_id = ? AND gm.status = 'active' AND gm.deleted_at IS NULL)`,
        f.group_id
      )
    }
    if (f.after) add("(m.display_name, m.id) > (?, ?)", f.after.display_name, f.after.id)
    const manager = context.manager as SqlEntityManager
    return manager.execute(
      `SELECT m.*, b.badges FROM (
         SELECT m.id, m.display_name, m.avatar_url, m.role, m.joined_at, m.bio, m.show_bio, m.show_badges
           FROM community_member m WHERE ${where.join(" AND ")}
          ORDER BY m.display_name, m.id LIMIT ?
       ) m
       LEFT JOIN LATERAL (
         SELECT coalesce(json_agg(json_build_object('id', b.id, 'member_id', b.member_id, 'kind', b.kind, 'label', b.label, 'awarded_at', b.awarded_at)
                                  ORDER BY b.awarded_at, b.id), '[]') AS badges
           FROM community_badge b WHERE b.member_id = m.id AND b.deleted_at IS NULL
       ) b ON m.show_badges
       ORDER BY m.display_name, m.id`,
      [...params, f.limit + 1]
    )
  }

  /** Everyone who has acted in the moderation log (staff and moderators), most recent first: the log screen's filter. */
  @InjectManager()
  async moderationActors(@MedusaContext() context: Context = {}): Promise<ModerationActorSummary[]> {
    const manager = context.manager as SqlEntityManager
    return manager.execute(
      `SELECT actor_type, actor_id, count(*)::int AS actions, max(created_at) AS last_action_at
         FROM community_moderation_log WHERE deleted_at IS NULL
        GROUP BY actor_type, actor_id ORDER BY max(created_at) DESC LIMIT 200`
    )
  }

  /** How many discussions (hidden ones included) each category holds. */
  @InjectManager()
  async discussionCountsByCategory(@MedusaContext() context: Context = {}): Promise<Map<string, number>> {
    const manager = context.manager as SqlEntityManager
    const rows: { category_id: string; discussions: number }[] = await manager.execute(
      `SELECT category_id, count(*)::int AS discussions FROM community_discussion WHERE deleted_at IS NULL GROUP BY category_id`
    )
    return new Map(rows.map((r) => [r.category_id, r.discussions]))
  }

  /** Engagement for the admin widget, counted by PostgreSQL (nothing loaded into memory). */
  @InjectManager()
  async engagement(days = 14, @MedusaContext() context: Context = {}): Promise<Engagement> {
    const manager = context.manager as SqlEntityManager
    const [active] = await manager.execute(
      `SELECT count(DISTINCT author_id) FILTER (WHERE created_at > now() - interval '7 days')::int AS d7,
              count(DISTINCT author_id) FILTER (WHERE created_at > now() - interval '30 days')::int AS d30
         FROM (${POSTS}) posts`
    )
    const perDay = await manager.execute(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day,
              count(p.kind) FILTER (WHERE p.kind = 'discussion')::int AS discussions,
              count(p.kind) FILTER (WHERE p.kind = 'reply')::int AS replies
         FROM generate_series(current_date - (?::int - 1), current_date, interval '1 day') AS day
         LEFT JOIN (${POSTS}) p ON p.created_at >= day AND p.created_at < day + interval '1 day'
        GROUP BY day ORDER BY day`,
      [days]
    )
    const top = await manager.execute(
      `SELECT d.id, d.title, d.reply_count, d.last_activity_at,
              (SELECT count(*) FROM community_reaction r
                WHERE r.target_type = 'discussion' AND r.target_id = d.id AND r.deleted_at IS NULL)::int AS reactions
         FROM community_discussion d
        WHERE d.deleted_at IS NULL AND d.visibility = 'visible' AND d.last_activity_at > now() - interval '30 days'
        ORDER BY d.reply_count DESC, reactions DESC, d.last_activity_at DESC
        LIMIT 5`
    )
    return {
      active_members_7d: active?.d7 ?? 0,
      active_members_30d: active?.d30 ?? 0,
      posts_per_day: perDay as Engagement["posts_per_day"],
      top_discussions: top as Engagement["top_discussions"],
    }
  }
}

export default CommunityModuleService
