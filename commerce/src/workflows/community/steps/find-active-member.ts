import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** The customer's member profile, which must exist and not be suspended. */
export const findActiveMemberStep = createStep(
  "find-active-community-member",
  async (input: { customer_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [member] = await community.listCommunityMembers({ customer_id: input.customer_id })
    if (!member) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Join the community before posting (POST /store/community/members)")
    }
    if (member.status === "suspended") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your community membership is suspended: you cannot post or react")
    }
    return new StepResponse(member)
  }
)
