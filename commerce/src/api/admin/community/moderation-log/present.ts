import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { communityOf } from "../../../store/community/read"

type Entry = { actor_type: string; actor_id: string; target_type: string; target_id: string }
const idsOf = (entries: Entry[], type: string, key: "actor" | "target") =>
  [...new Set(entries.filter((e) => e[`${key}_type`] === type).map((e) => e[`${key}_id`]))]

const staffName = (u: { email: string; first_name?: string | null; last_name?: string | null }) =>
  [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text)

/**
 * Names for who acted (a staff user or a moderator) and what they acted on
 * (a member, post, category or group), read once per kind for a page of entries.
 * A target deleted since is still named.
 */
export async function namesForLog(scope: MedusaContainer, entries: Entry[]) {
  const community = communityOf(scope)
  const some = <T>(ids: string[], read: (ids: string[]) => Promise<T[]>) => (ids.length ? read(ids) : Promise.resolve([] as T[]))
  const memberIds = [...new Set([...idsOf(entries, "moderator", "actor"), ...idsOf(entries, "member", "target")])]
  const [users, members, discussions, replies, categories, groups] = await Promise.all([
    some(idsOf(entries, "staff", "actor"), (id) => scope.resolve(Modules.USER).listUsers({ id }, { withDeleted: true })),
    some(memberIds, (id) => community.listCommunityMembers({ id }, { withDeleted: true })),
    some(idsOf(entries, "discussion", "target"), (id) => community.listCommunityDiscussions({ id }, { withDeleted: true })),
    some(idsOf(entries, "reply", "target"), (id) => community.listCommunityReplies({ id }, { withDeleted: true })),
    some(idsOf(entries, "category", "target"), (id) => community.listCommunityCategories({ id }, { withDeleted: true })),
    some(idsOf(entries, "group", "target"), (id) => community.listCommunityGroups({ id }, { withDeleted: true })),
  ])
  const names = new Map<string, string>([
    ...users.map((u) => [u.id, staffName(u)] as const),
    ...members.map((m) => [m.id, m.display_name] as const),
    ...discussions.map((d) => [d.id, d.title] as const),
    ...replies.map((r) => [r.id, excerpt(r.body)] as const),
    ...categories.map((c) => [c.id, c.name] as const),
    ...groups.map((g) => [g.id, g.name] as const),
  ])
  return <T extends Entry>(e: T) => ({
    ...e,
    actor: { type: e.actor_type, id: e.actor_id, name: names.get(e.actor_id) ?? null },
    target: { type: e.target_type, id: e.target_id, name: names.get(e.target_id) ?? null },
  })
}
