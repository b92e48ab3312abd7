import "server-only"
import { privateFetchOptions } from "../cache"
import { publishableKey, storeFetch } from "../config"
import { env } from "../env"
import { nullOn404 } from "../util/errors"
import { authHeaders } from "./cookies"

export type MemberBadge = { id: string; kind: string; label: string; awarded_at: string }
export type CommunityAuthor = { id: string; display_name: string; avatar_url: string | null; role?: "member" | "moderator"; badges?: MemberBadge[] }
/** `archived`: staff archived it; it takes no new discussions and is listed only when asked for. */
export type CommunityCategory = { id: string; name: string; slug: string; description?: string | null; rank?: number; archived?: boolean }
export type Reactions = { counts: Partial<Record<ReactionKind, number>>; mine: ReactionKind | null }
export type ReactionKind = "like" | "insightful" | "thanks"
export type Visibility = "visible" | "hidden"
/** The interest group a discussion belongs to: a private one's discussions are for its members only. */
export type GroupRef = { id: string; name: string; slug: string; visibility: "public" | "private" }

export type DiscussionSummary = {
  id: string
  title: string
  visibility: Visibility
  created_at: string
  updated_at: string
  author: CommunityAuthor | null
  mine: boolean
  pinned: boolean
  locked: boolean
  reply_count: number
  last_activity_at: string
  category: CommunityCategory | null
  group?: GroupRef | null
  reactions?: Reactions
}
/** body_html is sanitised by commerce; it is the only body a page renders. */
export type Discussion = DiscussionSummary & { body_html: string; body?: string }
export type Reply = {
  id: string
  body_html: string
  /** The Markdown source, for its author only (to edit). */
  body?: string
  visibility: Visibility
  created_at: string
  updated_at?: string
  author: CommunityAuthor | null
  mine: boolean
  reactions?: Reactions
}
/** `can_moderate`: a community moderator, or a moderator of the discussion's group. */
export type Viewer = { id: string; role: "member" | "moderator"; status: "active" | "suspended"; can_moderate?: boolean } | null
/** What a member shows other readers; `hidden_from_directory` keeps them out of the member directory. */
export type MemberPrivacy = { bio: boolean; badges: boolean; groups: boolean; courses: boolean; posts: boolean; hidden_from_directory: boolean }
/**
 * A member's profile. The parts they keep private are absent for other
 * readers (bio, badges, courses completed, posts); their own profile has
 * everything, with `privacy` and `notify_on_reply`.
 */
export type Member = CommunityAuthor & {
  bio?: string | null
  status: "active" | "suspended"
  joined_at: string
  notify_on_reply?: boolean
  privacy?: MemberPrivacy
  courses_completed?: { id: string; title: string; handle: string }[]
}
export type Activity = {
  discussions: DiscussionSummary[]
  replies: (Reply & { discussion: { id: string; title: string; category: { slug: string | null } } })[]
}
/** A member in the directory: bio and badges only when they show them. */
export type DirectoryMember = CommunityAuthor & { joined_at: string; bio?: string | null }
export type DirectoryQuery = { q?: string; badge?: string; course?: string; group?: string; cursor?: string }

export const DISCUSSIONS_PER_PAGE = 20
export const REPLIES_PER_PAGE = 50

/**
 * Community pages are read per visitor (a moderator sees hidden posts, an
 * author their own Markdown), never from the shared cache: posts appear the
 * moment they are written.
 */
export const viewerFetch = async () => ({ headers: await authHeaders(), ...privateFetchOptions() })


/** The categories in use, in staff's order; `includeArchived` adds the archived ones (their discussions stay readable). */
export async function listCommunityCategories({ includeArchived = false } = {}): Promise<CommunityCategory[]> {
  const query = includeArchived ? { include_archived: "true" } : undefined
  return (await storeFetch<{ categories: CommunityCategory[] }>("/store/community/categories", { query, ...(await viewerFetch()) })).categories
}

export type DiscussionQuery = { category?: string; group?: string; q?: string; sort?: "newest" | "active"; page?: number }

/** A page of discussions; null when the category or group does not exist (or is a private group the visitor is not in). */
export async function listDiscussions({ category, group, q, sort = "active", page = 1 }: DiscussionQuery) {
  const query: Record<string, string | number> = { sort, limit: DISCUSSIONS_PER_PAGE, offset: (Math.max(1, page) - 1) * DISCUSSIONS_PER_PAGE }
  if (category) query.category = category
  if (group) query.group = group
  if (q) query.q = q
  return nullOn404(
    storeFetch<{ discussions: DiscussionSummary[]; count: number }>("/store/community/discussions", { query, ...(await viewerFetch()) })
  )
}

/** A discussion with a page of replies, as this visitor may see it; null when it is gone. */
export async function retrieveDiscussion(id: string, page = 1) {
  const query = { limit: REPLIES_PER_PAGE, offset: (Math.max(1, page) - 1) * REPLIES_PER_PAGE }
  return nullOn404(
    storeFetch<{ discussion: Discussion; replies: Reply[]; count: number; viewer: Viewer }>(
      `/store/community/discussions/${encodeURIComponent(id)}`,
      { query, ...(await viewerFetch()) }
    )
  )
}

/** A member's profile as this visitor may see it (their activity only when they show it); null when hidden or gone. */
export async function retrieveMember(id: string) {
  return nullOn404(storeFetch<{ member: Member } & Partial<Activity>>(`/store/community/members/${encodeURIComponent(id)}`, await viewerFetch()))
}

export const MEMBERS_PER_PAGE = 24

/**
 * A page of the member directory, by name; null when the course or group filtered on does not exist (or is a
 * private group the reader is not in). Fresh; sent as the reader only when filtering by group (a private group's
 * members are listed to its members).
 */
export async function listDirectoryMembers({ q, badge, course, group, cursor }: DirectoryQuery) {
  const query: Record<string, string | number> = { limit: MEMBERS_PER_PAGE }
  if (q) query.q = q
  if (badge) query.badge = badge
  if (course) query.course = course
  if (group) query.group = group
  if (cursor) query.cursor = cursor
  const as = group ? await viewerFetch() : privateFetchOptions()
  return nullOn404(storeFetch<{ members: DirectoryMember[]; next_cursor: string | null }>("/store/community/members", { query, ...as }))
}

/** The signed-in customer's own member profile, or null before they join. */
export async function retrieveMyMember(): Promise<Member | null> {
  return (await nullOn404(storeFetch<{ member: Member }>("/store/community/members/me", await viewerFetch())))?.member ?? null
}

export async function listMyActivity(): Promise<Activity> {
  return storeFetch<Activity>("/store/community/members/me/activity", await viewerFetch())
}

/** A write as the signed-in customer; `idempotencyKey` makes a resubmitted form one post. */
export async function communityWrite<T>(path: string, body: Record<string, unknown>, idempotencyKey?: string): Promise<T> {
  const { headers, signal } = await viewerFetch()
  return storeFetch<T>(path, {
    method: "POST",
    body,
    headers: { ...headers, ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) },
    signal,
  })
}

/** A delete as the signed-in customer (their own post, a follow named in `body`). */
export async function communityDelete(path: string, body?: Record<string, unknown>): Promise<void> {
  const { headers, signal } = await viewerFetch()
  await storeFetch(path, { method: "DELETE", headers, signal, ...(body ? { body } : {}) })
}

/**
 * Passes a browser's avatar upload (multipart, field `file`) to commerce as
 * the signed-in customer, streamed as it arrives: commerce checks the type
 * by content, the size and the member. Answers commerce's status and body.
 */
export async function sendAvatar(method: "POST" | "DELETE", upload?: { body: ReadableStream<Uint8Array>; contentType: string }) {
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}/store/community/members/me/avatar`, {
    method,
    headers: {
      ...(await authHeaders()),
      "x-publishable-api-key": await publishableKey(),
      ...(upload ? { "content-type": upload.contentType } : {}),
    },
    ...(upload ? { body: upload.body, duplex: "half" } : {}),
    cache: "no-store",
  } as RequestInit)
  const body = (await res.json().catch(() => ({}))) as { member?: Member; message?: string }
  return { status: res.status, body }
}
