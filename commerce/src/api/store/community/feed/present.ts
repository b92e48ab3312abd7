import { MedusaError } from "@medusajs/framework/utils"
import type { CmsFeedItem } from "../../../../lib/community/feed-cms"
import type { ActivityFeedRow, FeedCursor } from "../../../../modules/community/lib/activity-feed"
import { presentBadge } from "../read"

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

/** A feed position (the last item's time to the microsecond, and its id), opaque to clients. */
export const encodeFeedCursor = (item: { at_key: string; id: string }) => Buffer.from(JSON.stringify([item.at_key, item.id])).toString("base64url")

export function decodeFeedCursor(cursor: string): FeedCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (Array.isArray(value) && value.length === 2 && AT.test(value[0]) && typeof value[1] === "string" && /^[\w-]{1,200}$/.test(value[1])) {
      return { at: value[0], id: value[1] }
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor is not one this feed gave")
}

/** Newest first, then by id byte-wise: the order the feed's SQL pages in (COLLATE "C"). */
export const newestFirst = (a: { at_key: string; id: string }, b: { at_key: string; id: string }) =>
  a.at_key === b.at_key ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at_key < b.at_key ? 1 : -1

export const olderThan = (item: { at_key: string; id: string }, cursor?: FeedCursor) =>
  !cursor || item.at_key < cursor.at || (item.at_key === cursor.at && item.id < cursor.id)

export type FeedEntry = ActivityFeedRow | CmsFeedItem

/** One feed item: who did what, where; a cms item links to the blog post or event. */
export function presentFeedItem(item: FeedEntry) {
  if ("path" in item) {
    return {
      id: item.id,
      kind: item.kind,
      created_at: item.at_key,
      actor: null,
      cms: { title: item.title, path: item.path, summary: item.summary, starts_at: item.starts_at },
    }
  }
  return {
    id: item.id,
    kind: item.kind,
    created_at: item.at_key,
    actor: { id: item.actor_id, display_name: item.actor_name, avatar_url: item.actor_avatar_url },
    ...(item.discussion_id ? { discussion: { id: item.discussion_id, title: item.discussion_title, category_slug: item.category_slug } } : {}),
    ...(item.group_id ? { group: { id: item.group_id, name: item.group_name, slug: item.group_slug } } : {}),
    ...(item.badge_kind
      ? { badge: presentBadge({ id: item.id, member_id: item.actor_id, kind: item.badge_kind, label: item.badge_label, awarded_at: item.at_key }) }
      : {}),
  }
}
