import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_BADGE_AWARDED } from "./award-earned-badges"
import { awardOneYearBadgesStep } from "./steps/award-one-year-badges"

export const awardOneYearBadgesWorkflowId = "award-one-year-community-badges"

/** Gives each member who joined a year ago or more their one-year badge, once. */
export const awardOneYearBadgesWorkflow = createWorkflow(awardOneYearBadgesWorkflowId, () => {
  const awarded = awardOneYearBadgesStep()
  when({ awarded }, ({ awarded }) => awarded.length > 0).then(() => {
    emitEventStep({ eventName: COMMUNITY_BADGE_AWARDED, data: transform({ awarded }, ({ awarded }) => awarded.map((a) => ({ id: a.id }))) })
  })
  return new WorkflowResponse(awarded)
})
