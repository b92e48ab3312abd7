import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Category } from "./models/category"
import { Discussion } from "./models/discussion"
import { Member } from "./models/member"
import { ModerationLog } from "./models/moderation-log"
import { Reaction } from "./models/reaction"
import { Reply } from "./models/reply"
import { Report } from "./models/report"

export type Engagement = {
  active_members_7d: number
  active_members_30d: number
  posts_per_day: { day: string; discussions: number; replies: number }[]
  top_discussions: { id: string; title: string; reply_count: number; reactions: number; last_activity_at: string }[]
}

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
}) {
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
