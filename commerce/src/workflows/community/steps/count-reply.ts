import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Moves a discussion's visible-reply count (and, for a new reply, its last activity). */
export const countReplyStep = createStep(
  "count-community-reply",
  async (input: { discussion_id: string; delta: number; touch?: boolean }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await community.adjustReplyCount(input.discussion_id, input.delta, input.touch ?? false)
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).adjustReplyCount(input.discussion_id, -input.delta)
  }
)
