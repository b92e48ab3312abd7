import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { BADGE_NAMES, type AutomaticBadgeKind } from "../../../modules/community/models/badge"
import { groupAccessOf } from "../../../modules/community/lib/group-access"
import type CommunityModuleService from "../../../modules/community/service"

export type Viewer = { id: string; role: "member" | "moderator"; status: "active" | "suspended" } | null
type Target = "discussion" | "reply"

export const communityOf = (scope: MedusaContainer): CommunityModuleService => scope.resolve(COMMUNITY_MODULE)

/** The signed-in customer's member profile, if any. */
export async function viewerOf(scope: MedusaContainer, customerId?: string): Promise<Viewer> {
  if (!customerId) return null
  return communityOf(scope).viewerOfCustomer(customerId)
}

/** Hidden posts exist only for moderators (and staff, through the admin API). */
export const canSeeHidden = (viewer: Viewer) => viewer?.role === "moderator" && viewer.status === "active"
export const visibleTo = (viewer: Viewer) => (canSeeHidden(viewer) ? {} : { visibility: "visible" as const })

/** Reaction counts per post, and the viewer's own reaction: one query for a page of posts. */
export async function reactionsFor(scope: MedusaContainer, type: Target, ids: string[], viewer: Viewer) {
  const reactions = ids.length ? await communityOf(scope).listCommunityReactions({ target_type: type, target_id: ids }, { take: null }) : []
  const byTarget = new Map<string, { counts: Record<string, number>; mine: string | null }>()
  for (const id of ids) byTarget.set(id, { counts: {}, mine: null })
  for (const r of reactions) {
    const entry = byTarget.get(r.target_id)!
    entry.counts[r.kind] = (entry.counts[r.kind] ?? 0) + 1
    if (viewer && r.member_id === viewer.id) entry.mine = r.kind
  }
  return byTarget
}

export type PresentedBadge = { id: string; kind: string; label: string; awarded_at: Date | string }

type BadgeRow = { id: string; member_id: string; kind: string; label?: string | null; awarded_at: Date | string }
export const presentBadge = (b: BadgeRow): PresentedBadge => ({
  id: b.id,
  kind: b.kind,
  label: b.label ?? BADGE_NAMES[b.kind as AutomaticBadgeKind] ?? b.kind,
  awarded_at: b.awarded_at,
})

/** The badges each member holds, oldest first: one query for a page of members. */
export async function badgesFor(scope: MedusaContainer, memberIds: string[]) {
  const ids = [...new Set(memberIds)]
  const rows = ids.length
    ? await communityOf(scope).listCommunityBadges({ member_id: ids }, { order: { awarded_at: "ASC", id: "ASC" }, take: null })
    : []
  const byMember = new Map<string, PresentedBadge[]>(ids.map((id) => [id, []]))
  for (const row of rows) byMember.get(row.member_id)?.push(presentBadge(row))
  return byMember
}

/** Puts each post author's badges beside their name (unless they keep them private), with two queries for the whole page. */
export async function withAuthorBadges<T extends { author: { id: string } | null }>(scope: MedusaContainer, posts: T[]) {
  const authors = [...new Set(posts.flatMap((p) => (p.author ? [p.author.id] : [])))]
  const showing = authors.length
    ? await communityOf(scope).listCommunityMembers({ id: authors, show_badges: true }, { select: ["id"], take: null })
    : []
  const badges = await badgesFor(scope, showing.map((m) => m.id))
  return posts.map((p) => (p.author ? { ...p, author: { ...p.author, badges: badges.get(p.author.id) ?? [] } } : p))
}

type Author = { id: string; display_name: string; avatar_url?: string | null; role?: string } | null | undefined
type Category = { id: string; name: string; slug: string } | null | undefined

/** Only the public face of a member: never their customer id or settings. */
export const presentAuthor = (a: Author) => (a ? { id: a.id, display_name: a.display_name, avatar_url: a.avatar_url ?? null, role: a.role } : null)
export const presentCategory = (c: Category) => (c ? { id: c.id, name: c.name, slug: c.slug } : null)

type Post = {
  id: string
  body: string
  body_html: string
  visibility: string
  created_at: Date | string
  updated_at: Date | string
  author?: Author
}

/** A post as readers get it: the sanitised HTML; the Markdown source only for its author (to edit). */
export function presentPost(post: Post, viewer: Viewer) {
  const mine = !!viewer && post.author?.id === viewer.id
  return {
    id: post.id,
    body_html: post.body_html,
    ...(mine ? { body: post.body } : {}),
    visibility: post.visibility,
    created_at: post.created_at,
    updated_at: post.updated_at,
    author: presentAuthor(post.author),
    mine,
  }
}

type DiscussionRow = Post & {
  title: string
  pinned: boolean
  locked: boolean
  reply_count: number
  last_activity_at: Date | string
  category?: Category
}

export function presentDiscussion(d: DiscussionRow, viewer: Viewer, withBody = true) {
  const post = presentPost(d, viewer)
  const { body_html, body, ...summary } = post
  return {
    ...(withBody ? post : summary),
    title: d.title,
    pinned: d.pinned,
    locked: d.locked,
    reply_count: d.reply_count,
    last_activity_at: d.last_activity_at,
    category: presentCategory(d.category),
  }
}

/**
 * A discussion the viewer may see, and whether they moderate it; else 404.
 * In a private group only its members see it; a group moderator also sees
 * the group's hidden posts.
 */
export async function readDiscussion(scope: MedusaContainer, id: string, viewer: Viewer) {
  const community = communityOf(scope)
  const [discussion] = await community.listCommunityDiscussions({ id }, { relations: ["author", "category"] })
  const group = discussion && (await groupAccessOf(community, discussion.group_id, viewer?.id ?? null))
  const moderate = canSeeHidden(viewer) || (!!group?.moderate && viewer?.status === "active")
  if (!discussion || !group!.read || (discussion.visibility === "hidden" && !moderate)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Discussion ${id} was not found`)
  }
  return { discussion, moderate }
}

/** A discussion the viewer may see, or 404. */
export async function visibleDiscussion(scope: MedusaContainer, id: string, viewer: Viewer) {
  return (await readDiscussion(scope, id, viewer)).discussion
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
