import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { membershipOf } from "./group-rules"

/**
 * Ends a member's place in a group: leaving it, withdrawing a request,
 * declining an invitation, or (by staff or a group moderator) refusing or
 * removing them. Compensation puts the membership back as it was.
 */
export const removeMembershipStep = createStep(
  "remove-community-group-membership",
  async (input: { group_id: string; member_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const membership = await membershipOf(community, input.group_id, input.member_id)
    if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no membership, request or invitation for this group to remove")
    await community.deleteCommunityGroupMemberships(membership.id)
    const { group_id, member_id, status, role, decided_by } = membership
    return new StepResponse(membership, { group_id, member_id, status, role, decided_by })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).createCommunityGroupMemberships(previous)
  }
)
