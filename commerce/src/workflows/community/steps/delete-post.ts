import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

/** Soft-deletes a post (a discussion takes its replies with it); compensation restores it. */
export const deletePostStep = createStep(
  "delete-community-post",
  async (input: PostTarget, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    if (input.target_type === "discussion") await community.softDeleteCommunityDiscussions(input.target_id)
    else await community.softDeleteCommunityReplies(input.target_id)
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    if (input.target_type === "discussion") await community.restoreCommunityDiscussions(input.target_id)
    else await community.restoreCommunityReplies(input.target_id)
  }
)
