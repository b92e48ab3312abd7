import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { assertCanReadPost } from "../../../modules/community/lib/group-access"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

/**
 * The customer's member profile, which must be an active moderator: of the
 * whole community, or of the group the post is in (a group moderator
 * moderates their own group's posts only).
 */
export const findModeratorStep = createStep(
  "find-community-moderator",
  async (input: { customer_id: string } & Partial<PostTarget>, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [member] = await community.listCommunityMembers({ customer_id: input.customer_id, status: "active" })
    if (member?.role === "moderator") return new StepResponse(member)
    const target = input.target_type && input.target_id ? { target_type: input.target_type, target_id: input.target_id } : null
    const access = member && target ? await assertCanReadPost(community, target, member.id) : null
    if (!member || !access?.moderate) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only community moderators can hide or restore posts (a group's moderators, in their group only)")
    }
    return new StepResponse(member)
  }
)
