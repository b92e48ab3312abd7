import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** The one-year badge for every member of a year or more who lacks it; undoing removes the ones this run awarded. */
export const awardOneYearBadgesStep = createStep(
  "award-one-year-community-badges",
  async (_: void, { container }) => {
    const awarded = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).awardOneYearBadges()
    return new StepResponse(awarded, awarded.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityBadges(ids)
  }
)
