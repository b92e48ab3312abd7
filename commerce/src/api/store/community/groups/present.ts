import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type CommunityModuleService from "../../../../modules/community/service"
import { communityOf } from "../read"

type GroupRow = {
  id: string
  name: string
  slug: string
  description?: string | null
  description_html?: string | null
  image_url?: string | null
  visibility: "public" | "private"
  archived_at?: Date | string | null
}
type MembershipRow = { id: string; group_id: string; status: string; role: string; created_at?: Date | string }

/** A group as a discussion names it. */
export const presentGroupRef = (g: GroupRow) => ({ id: g.id, name: g.name, slug: g.slug, visibility: g.visibility })

/** A group as readers get it: the sanitised description, its size, and the viewer's own place in it (null when none). */
export const presentGroup = (g: GroupRow, members: number, membership: MembershipRow | null | undefined) => ({
  ...presentGroupRef(g),
  description_html: g.description_html ?? null,
  image_url: g.image_url ?? null,
  archived: !!g.archived_at,
  member_count: members,
  membership: membership ? { status: membership.status, role: membership.role } : null,
})

/** The groups of a page of discussions, by id: one query. */
export async function groupRefsFor(scope: MedusaContainer, groupIds: (string | null | undefined)[]) {
  const ids = [...new Set(groupIds.filter((id): id is string => !!id))]
  const groups = ids.length ? await communityOf(scope).listCommunityGroups({ id: ids }, { withDeleted: true }) : []
  return new Map(groups.map((g) => [g.id, presentGroupRef(g)]))
}

/** Each discussion with its group (null outside groups). */
export async function withGroups<T extends { id: string }>(scope: MedusaContainer, rows: { id: string; group_id?: string | null }[], presented: T[]) {
  const groups = await groupRefsFor(scope, rows.map((r) => r.group_id))
  const groupOf = new Map(rows.map((r) => [r.id, r.group_id ? groups.get(r.group_id) ?? null : null]))
  return presented.map((p) => ({ ...p, group: groupOf.get(p.id) ?? null }))
}

/** A group by id (cgrp_…) or by slug (slugs have no underscore), archived ones included; else 404. */
export async function groupByIdOrSlug(community: CommunityModuleService, idOrSlug: string) {
  const [group] = await community.listCommunityGroups(idOrSlug.startsWith("cgrp_") ? { id: idOrSlug } : { slug: idOrSlug })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Group ${idOrSlug} was not found`)
  return group
}
