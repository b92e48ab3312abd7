import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { activeMembership } from "../../../modules/community/lib/group-access"
import type CommunityModuleService from "../../../modules/community/service"

/** The customer's member profile, which must be active and a moderator of this group. */
export const findGroupModeratorStep = createStep(
  "find-community-group-moderator",
  async (input: { customer_id: string; group_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [member] = await community.listCommunityMembers({ customer_id: input.customer_id, status: "active" })
    const membership = member && (await activeMembership(community, input.group_id, member.id))
    if (membership?.role !== "moderator") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only this group's moderators (and staff) can decide who joins it")
    }
    return new StepResponse(member!)
  }
)
