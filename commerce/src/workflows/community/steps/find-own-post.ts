import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type PostTarget = { target_type: "discussion" | "reply"; target_id: string }

/** The post, which must be the member's own: only its author edits or deletes it. */
export const findOwnPostStep = createStep(
  "find-own-community-post",
  async (input: PostTarget & { member_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [post] =
      input.target_type === "discussion"
        ? await community.listCommunityDiscussions({ id: input.target_id })
        : await community.listCommunityReplies({ id: input.target_id })
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.target_type} ${input.target_id} was not found`)
    const author_id = (post as { author_id?: string }).author_id
    if (author_id !== input.member_id) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only its author can change this ${input.target_type}`)
    }
    return new StepResponse(post as typeof post & { author_id: string; visibility: "visible" | "hidden"; discussion_id?: string })
  }
)
