/**
 * The community feed's query: one statement whose branches each read an index
 * newest first and stop at the page's size, merged by (time, id).
 *
 * Every filter a row must pass sits inside its branch, before that branch's
 * LIMIT: a row dropped after the limit would leave a gap the next page's
 * cursor passes over. Times travel as text to the microsecond (`at_key`):
 * PostgreSQL keeps microseconds and a JavaScript date would round them off,
 * paging past rows made in the cursor's millisecond. Ids compare byte-wise
 * (COLLATE "C") so the route's merge with cms items orders them the same way.
 */

export const FEED_FILTERS = ["all", "following"] as const
export type FeedFilter = (typeof FEED_FILTERS)[number]
export const FEED_KINDS = ["discussion", "reply", "group_join", "badge"] as const
export type FeedKind = (typeof FEED_KINDS)[number]

/** Where a page starts: the last item's time (ISO, to the microsecond) and id. */
export type FeedCursor = { at: string; id: string }

export type ActivityFeedQuery = {
  /** The signed-in reader's member id; null for a visitor (public content only). */
  viewer_id: string | null
  filter: FeedFilter
  before?: FeedCursor
  limit: number
}

export type ActivityFeedRow = {
  kind: FeedKind
  id: string
  at_key: string
  actor_id: string
  actor_name: string
  actor_avatar_url: string | null
  discussion_id: string | null
  discussion_title: string | null
  category_slug: string | null
  group_id: string | null
  group_name: string | null
  group_slug: string | null
  badge_kind: string | null
  badge_label: string | null
}

/** How many of the threads a member took part in (those they last posted in most recently) their replies are looked for in. */
export const FEED_THREADS_TAKEN_PART_IN = 200

type Sql = { text: string; params: unknown[] }
const sql = (text: string, ...params: unknown[]): Sql => ({ text, params })
const join = (parts: Sql[], by: string): Sql => ({ text: parts.map((p) => p.text).join(by), params: parts.flatMap((p) => p.params) })

const ACTIVE = (alias: string) => `${alias}.status = 'active' AND ${alias}.deleted_at IS NULL`
const READABLE = (alias: string) => `(${alias}.group_id IS NULL OR ${alias}.group_id IN (SELECT id FROM readable_groups))`
const VISIBLE = (alias: string) => `${alias}.deleted_at IS NULL AND ${alias}.visibility = 'visible'`

/** Rows older than the cursor, written so the time column's index bounds the scan. */
function olderThan(at: string, id: string, before?: FeedCursor): Sql {
  if (!before) return sql("true")
  return sql(`${at} <= ?::timestamptz AND (${at} < ?::timestamptz OR ${id} COLLATE "C" < ?)`, before.at, before.at, before.id)
}
const newestFirst = (at: string, id: string) => `ORDER BY ${at} DESC, ${id} COLLATE "C" DESC`

function branches(q: ActivityFeedQuery, take: number): Sql[] {
  const me = q.viewer_id
  const page = (at: string, id: string) => join([olderThan(at, id, q.before), sql(`${newestFirst(at, id)} LIMIT ?`, take)], " ")
  const followed = (type: "member" | "discussion") =>
    sql(`SELECT target_id FROM community_follow WHERE follower_id = ? AND target_type = '${type}' AND deleted_at IS NULL`, me)

  // Replies newest first (at most `limit`), by one thread (`r.discussion_id = t.id`) or one author (`r.author_id = f.target_id`).
  const replies = (by: string, limit = take) =>
    join(
      [
        sql(`SELECT r.id, r.created_at, r.author_id, r.discussion_id, rd.group_id FROM community_reply r
               JOIN community_member ra ON ra.id = r.author_id AND ${ACTIVE("ra")}
               JOIN community_discussion rd ON rd.id = r.discussion_id AND ${VISIBLE("rd")} AND ${READABLE("rd")}
              WHERE ${by} AND ${VISIBLE("r")} AND r.author_id IS DISTINCT FROM ? AND`, me),
        olderThan("r.created_at", "r.id", q.before),
        sql(`${newestFirst("r.created_at", "r.id")} LIMIT ?`, limit),
      ],
      " "
    )
  const badges = (by: string, ...params: unknown[]) =>
    join(
      [
        sql(`(SELECT 'badge' AS kind, b.id, b.awarded_at AS at, b.member_id AS actor_id, NULL::text AS discussion_id, NULL::text AS group_id, b.id AS badge_id
                FROM community_badge b JOIN community_member ba ON ba.id = b.member_id AND ${ACTIVE("ba")} AND ba.show_badges
               WHERE b.deleted_at IS NULL AND ${by} AND`, ...params),
        page("b.awarded_at", "b.id"),
        sql(")"),
      ],
      " "
    )
  const discussionColumns = `'discussion' AS kind, d.id, d.created_at AS at, d.author_id AS actor_id, d.id AS discussion_id, d.group_id, NULL::text AS badge_id`
  const replyColumns = `'reply' AS kind, x.id, x.created_at AS at, x.author_id AS actor_id, x.discussion_id, x.group_id, NULL::text AS badge_id`

  if (q.filter === "following") {
    return [
      // Discussions by the members followed.
      join(
        [
          sql(`(SELECT ${discussionColumns} FROM (`),
          followed("member"),
          sql(`) f CROSS JOIN LATERAL (SELECT d.* FROM community_discussion d
                JOIN community_member da ON da.id = d.author_id AND ${ACTIVE("da")}
               WHERE d.author_id = f.target_id AND ${VISIBLE("d")} AND ${READABLE("d")} AND`),
          page("d.created_at", "d.id"),
          sql(`) d ${newestFirst("d.created_at", "d.id")} LIMIT ?)`, take),
        ],
        " "
      ),
      // Replies in the threads followed, and by the members followed (once, if both).
      join(
        [
          sql(`(SELECT ${replyColumns} FROM (SELECT x.* FROM (`),
          followed("discussion"),
          sql(`) t CROSS JOIN LATERAL (`),
          replies("r.discussion_id = t.target_id"),
          sql(`) x UNION SELECT x.* FROM (`),
          followed("member"),
          sql(`) f CROSS JOIN LATERAL (`),
          replies("r.author_id = f.target_id"),
          sql(`) x) x ${newestFirst("x.created_at", "x.id")} LIMIT ?)`, take),
        ],
        " "
      ),
      badges("b.member_id IN (SELECT target_id FROM community_follow WHERE follower_id = ? AND target_type = 'member' AND deleted_at IS NULL)", me),
    ]
  }

  const all: Sql[] = [
    // New discussions the reader may read.
    join(
      [
        sql(`(SELECT ${discussionColumns} FROM community_discussion d
               JOIN community_member da ON da.id = d.author_id AND ${ACTIVE("da")}
              WHERE ${VISIBLE("d")} AND ${READABLE("d")} AND`),
        page("d.created_at", "d.id"),
        sql(")"),
      ],
      " "
    ),
    // Badges, of members who show theirs.
    badges("true"),
  ]
  if (!me) return all
  return [
    ...all,
    // Replies by others in the threads the reader started or replied in. The page's rows come from at most
    // `take` threads, and from those whose newest such reply is among the newest `take` threads' (a thread
    // further down has `take` threads above it each holding a newer row): so one row per thread first, then
    // the page from those threads only, instead of a page from each of up to 200 threads.
    join(
      [
        sql(`(SELECT ${replyColumns} FROM (
               SELECT t.id FROM (
                 -- The threads the reader took part in most recently, each with the time they last did, from two
                 -- index-only scans of their own posts: no probe per thread (a busy author took part in thousands).
                 SELECT p.id FROM (SELECT discussion_id AS id, max(created_at) AS at FROM community_reply
                                    WHERE author_id = ? AND deleted_at IS NULL GROUP BY discussion_id
                                   UNION ALL SELECT id, created_at FROM community_discussion WHERE author_id = ? AND deleted_at IS NULL) p
                  GROUP BY p.id ORDER BY max(p.at) DESC, p.id COLLATE "C" DESC LIMIT ?) t CROSS JOIN LATERAL (`, me, me, FEED_THREADS_TAKEN_PART_IN),
        replies("r.discussion_id = t.id", 1),
        sql(`) n ${newestFirst("n.created_at", "n.id")} LIMIT ?) t CROSS JOIN LATERAL (`, take),
        replies("r.discussion_id = t.id"),
        sql(`) x ${newestFirst("x.created_at", "x.id")} LIMIT ?)`, take),
      ],
      " "
    ),
    // Members who joined the reader's groups (those who show their groups).
    join(
      [
        sql(`(SELECT 'group_join' AS kind, j.id, j.created_at AS at, j.member_id AS actor_id, NULL::text AS discussion_id, j.group_id, NULL::text AS badge_id
                FROM community_group_membership mine
                JOIN community_group g ON g.id = mine.group_id AND g.deleted_at IS NULL
               CROSS JOIN LATERAL (SELECT gm.id, gm.created_at, gm.member_id, gm.group_id FROM community_group_membership gm
                  JOIN community_member ja ON ja.id = gm.member_id AND ${ACTIVE("ja")} AND ja.show_groups
                 WHERE gm.group_id = mine.group_id AND gm.status = 'active' AND gm.deleted_at IS NULL AND gm.member_id <> ? AND`, me),
        page("gm.created_at", "gm.id"),
        sql(`) j WHERE mine.member_id = ? AND mine.status = 'active' AND mine.deleted_at IS NULL ${newestFirst("j.created_at", "j.id")} LIMIT ?)`, me, take),
      ],
      " "
    ),
  ]
}

/** The statement for one page (`limit` rows, each branch asked for as many). */
export function activityFeedSql(q: ActivityFeedQuery): Sql {
  return join(
    [
      sql(
        `WITH readable_groups AS (
           SELECT g.id FROM community_group g
            WHERE g.deleted_at IS NULL AND (g.visibility = 'public' OR g.id IN (
              SELECT group_id FROM community_group_membership WHERE member_id = ? AND status = 'active' AND deleted_at IS NULL)))
         SELECT f.kind, f.id, to_char(f.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key,
                a.id AS actor_id, a.display_name AS actor_name, a.avatar_url AS actor_avatar_url,
                d.id AS discussion_id, d.title AS discussion_title, c.slug AS category_slug,
                g.id AS group_id, g.name AS group_name, g.slug AS group_slug,
                b.kind AS badge_kind, b.label AS badge_label
           FROM (`,
        q.viewer_id
      ),
      join(branches(q, q.limit), " UNION ALL "),
      sql(
        `) f
           JOIN community_member a ON a.id = f.actor_id
           LEFT JOIN community_discussion d ON d.id = f.discussion_id
           LEFT JOIN community_category c ON c.id = d.category_id
           LEFT JOIN community_group g ON g.id = f.group_id
           LEFT JOIN community_badge b ON b.id = f.badge_id
          ${newestFirst("f.at", "f.id")} LIMIT ?`,
        q.limit
      ),
    ],
    " "
  )
}
