import "server-only"
import { storeFetch } from "../config"
import { viewerFetch, type MemberBadge } from "./community"

export type FeedFilter = "all" | "following"
export type FollowTarget = "member" | "discussion"

/**
 * One thing new in the community, as commerce words it: who did it (null for
 * a cms post or event), and what it is about. Paths are country-less.
 */
export type FeedItem = {
  id: string
  kind: "discussion" | "reply" | "group_join" | "badge" | "post" | "event"
  created_at: string
  actor: { id: string; display_name: string; avatar_url: string | null } | null
  discussion?: { id: string; title: string | null; category_slug: string | null }
  group?: { id: string; name: string | null; slug: string | null }
  badge?: MemberBadge
  cms?: { title: string; path: string; summary: string | null; starts_at: string | null }
}
export type FeedPage = { items: FeedItem[]; next_cursor: string | null }

export const FEED_PER_PAGE = 20

/** A page of the feed for this visitor (public content when signed out; what they follow with `following`). */
export async function listFeed({ filter = "all", cursor }: { filter?: FeedFilter; cursor?: string } = {}): Promise<FeedPage> {
  const query: Record<string, string | number> = { filter, limit: FEED_PER_PAGE }
  if (cursor) query.cursor = cursor
  return storeFetch<FeedPage>("/store/community/feed", { query, ...(await viewerFetch()) })
}

/** Whether the signed-in reader follows this member or discussion (false when signed out or not a member). */
export async function isFollowing(target_type: FollowTarget, target_id: string): Promise<boolean> {
  const { follows } = await storeFetch<{ follows: unknown[] }>("/store/community/follows", { query: { target_type, target_id }, ...(await viewerFetch()) })
  return follows.length > 0
}
