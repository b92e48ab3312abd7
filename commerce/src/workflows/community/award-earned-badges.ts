import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { awardBadgesStep } from "./steps/award-badges"
import { findEarnedBadgesStep, type FindEarnedBadgesInput } from "./steps/find-earned-badges"

export const awardEarnedBadgesWorkflowId = "award-earned-community-badges"
/** Emitted once per badge actually awarded (for notifications). */
export const COMMUNITY_BADGE_AWARDED = "community.badge.awarded"

/** Checks which of the given automatic badges a member has earned and awards each one once, however often it runs. */
export const awardEarnedBadgesWorkflow = createWorkflow(awardEarnedBadgesWorkflowId, (input: FindEarnedBadgesInput) => {
  const earned = findEarnedBadgesStep(input)
  const awarded = awardBadgesStep(earned)
  when({ awarded }, ({ awarded }) => awarded.length > 0).then(() => {
    emitEventStep({ eventName: COMMUNITY_BADGE_AWARDED, data: transform({ awarded }, ({ awarded }) => awarded.map((a) => ({ id: a.id }))) })
  })
  return new WorkflowResponse(awarded)
})
