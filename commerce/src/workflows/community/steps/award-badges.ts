import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { AutomaticBadgeKind } from "../../../modules/community/models/badge"
import type CommunityModuleService from "../../../modules/community/service"

/** Awards automatic badges, skipping any the member holds or held; undoing removes only the ones this run awarded. */
export const awardBadgesStep = createStep(
  "award-community-badges",
  async (awards: { member_id: string; kind: AutomaticBadgeKind }[], { container }) => {
    const awarded = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).awardBadges(awards)
    return new StepResponse(awarded, awarded.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityBadges(ids)
  }
)
