import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { assertCanReadPost } from "../../../modules/community/lib/group-access"
import type { FollowTarget } from "../../../modules/community/models/follow"
import type CommunityModuleService from "../../../modules/community/service"

export type FollowInput = { member_id: string; target_type: FollowTarget; target_id: string }

/**
 * What may be followed: an active member other than oneself, or a visible
 * discussion the member may read (a private group's only from inside it).
 * Anything else is the same 404 as a target that does not exist.
 */
export const checkFollowTargetStep = createStep("check-community-follow-target", async (input: FollowInput, { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  if (input.target_type === "member") {
    if (input.target_id === input.member_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "You cannot follow yourself")
    const [member] = await community.listCommunityMembers({ id: input.target_id, status: "active" }, { select: ["id"] })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.target_id} was not found`)
  } else {
    const [discussion] = await community.listCommunityDiscussions({ id: input.target_id, visibility: "visible" }, { select: ["id"] })
    if (!discussion) throw new MedusaError(MedusaError.Types.NOT_FOUND, `discussion ${input.target_id} was not found`)
    await assertCanReadPost(community, { target_type: "discussion", target_id: input.target_id }, input.member_id)
  }
  return new StepResponse(undefined)
})

/** The follow, made once however many requests race; compensation removes it only if this run made it. */
export const followStep = createStep(
  "follow-community-target",
  async (input: FollowInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const created = await community.followOnce(input.member_id, input.target_type, input.target_id)
    return new StepResponse({ created }, created ? input : undefined)
  },
  async (made, { container }) => {
    if (!made) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).unfollow(made.member_id, made.target_type, made.target_id)
  }
)

/** The follow removed (nothing when there was none); compensation puts back one this run removed. */
export const unfollowStep = createStep(
  "unfollow-community-target",
  async (input: FollowInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const removed = await community.unfollow(input.member_id, input.target_type, input.target_id)
    return new StepResponse({ removed }, removed ? input : undefined)
  },
  async (removed, { container }) => {
    if (!removed) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).followOnce(removed.member_id, removed.target_type, removed.target_id)
  }
)
