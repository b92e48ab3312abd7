import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_BADGE_AWARDED } from "./award-earned-badges"
import { awardStaffBadgeStep, type StaffBadgeInput } from "./steps/award-staff-badge"
import { logModerationStep } from "./steps/log-moderation"

export const awardStaffBadgeWorkflowId = "award-staff-community-badge"

/** Staff give a member a named badge with a note; the log keeps who, what and why. */
export const awardStaffBadgeWorkflow = createWorkflow(awardStaffBadgeWorkflowId, (input: StaffBadgeInput) => {
  const badge = awardStaffBadgeStep(input)
  const entry = transform({ input, badge }, ({ input, badge }) => ({
    actor_type: "staff" as const,
    actor_id: input.awarded_by,
    action: "award_badge" as const,
    target_type: "member" as const,
    target_id: input.member_id,
    reason: input.note,
    details: { badge_id: badge.id, label: input.label },
  }))
  logModerationStep(entry)
  emitEventStep({ eventName: COMMUNITY_BADGE_AWARDED, data: transform({ badge }, ({ badge }) => ({ id: badge.id })) })
  return new WorkflowResponse(badge)
})
