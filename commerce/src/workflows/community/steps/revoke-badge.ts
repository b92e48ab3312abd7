import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Takes a member's badge away (soft delete: an automatic one is then never awarded again); undoing gives it back. */
export const revokeBadgeStep = createStep(
  "revoke-community-badge",
  async (input: { member_id: string; badge_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [badge] = await community.listCommunityBadges({ id: input.badge_id, member_id: input.member_id })
    if (!badge) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} holds no badge ${input.badge_id}`)
    await community.softDeleteCommunityBadges(badge.id)
    return new StepResponse(badge, badge.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).restoreCommunityBadges(id)
  }
)
