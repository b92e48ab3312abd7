import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** The customer's member profile, which must be an active moderator. */
export const findModeratorStep = createStep("find-community-moderator", async (input: { customer_id: string }, { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const [member] = await community.listCommunityMembers({ customer_id: input.customer_id, role: "moderator", status: "active" })
  if (!member) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only community moderators can hide or restore posts")
  return new StepResponse(member)
})
