import { MedusaError } from "@medusajs/framework/utils"
import { slugShapeProblem } from "../../../modules/community/lib/category-slug"
import type CommunityModuleService from "../../../modules/community/service"

/** A slug staff may give a group: well formed and not held by another group (archived ones keep theirs). */
export async function assertGroupSlugFree(community: CommunityModuleService, slug: string, exceptId?: string) {
  const problem = slugShapeProblem(slug)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  const [holder] = await community.listCommunityGroups({ slug })
  if (holder && holder.id !== exceptId) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${slug}” is already used by the group “${holder.name}”`)
  }
}

/** A unique index refused the row (Medusa words PostgreSQL's 23505 as "… already exists."). */
export const isDuplicate = (error: unknown) => /unique|duplicate|already exists/i.test((error as Error)?.message ?? "")

/** The group, or a 404 naming it. */
export async function groupOrNotFound(community: CommunityModuleService, id: string) {
  const [group] = await community.listCommunityGroups({ id })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Group ${id} was not found`)
  return group
}

/** The member's membership of the group in any state (active, requested, invited), if any. */
export async function membershipOf(community: CommunityModuleService, groupId: string, memberId: string) {
  const [membership] = await community.listCommunityGroupMemberships({ group_id: groupId, member_id: memberId })
  return membership
}
