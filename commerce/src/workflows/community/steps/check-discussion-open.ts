import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** A reply needs a visible discussion that is not locked. */
export const checkDiscussionOpenStep = createStep(
  "check-community-discussion-open",
  async (input: { discussion_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [discussion] = await community.listCommunityDiscussions({ id: input.discussion_id, visibility: "visible" })
    if (!discussion) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Discussion ${input.discussion_id} was not found`)
    if (discussion.locked) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This discussion is locked: it takes no new replies")
    }
    return new StepResponse(discussion)
  }
)
