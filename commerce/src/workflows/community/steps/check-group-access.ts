import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { activeMembership, assertCanReadPost } from "../../../modules/community/lib/group-access"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

/**
 * A private group's posts are its members' only: replying to, reacting to,
 * reporting or editing one from outside is a 404, as for a post that does not
 * exist.
 */
export const checkPostReadableStep = createStep(
  "check-community-post-readable",
  async (input: PostTarget & { member_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await assertCanReadPost(community, input, input.member_id)
    return new StepResponse(undefined)
  }
)

/** A discussion goes in a group only from one of its members, and not into an archived group. */
export const checkGroupPostingStep = createStep(
  "check-community-group-posting",
  async (input: { member_id: string; group_id?: string | null }, { container }) => {
    if (!input.group_id) return new StepResponse(undefined)
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [group] = await community.listCommunityGroups({ id: input.group_id })
    if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Group ${input.group_id} was not found`)
    if (group.archived_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The group “${group.name}” is archived: it takes no new discussions`)
    }
    if (!(await activeMembership(community, group.id, input.member_id))) {
      const why = group.visibility === "private" ? `Only members of “${group.name}” can post in it` : `Join “${group.name}” before starting a discussion in it`
      throw new MedusaError(MedusaError.Types.FORBIDDEN, why)
    }
    return new StepResponse(undefined)
  }
)
