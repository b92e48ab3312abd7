import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BADGE_NAMES, type AutomaticBadgeKind } from "../../modules/community/models/badge"
import { logModerationStep } from "./steps/log-moderation"
import { revokeBadgeStep } from "./steps/revoke-badge"

export const revokeCommunityBadgeWorkflowId = "revoke-community-badge"

export type RevokeBadgeInput = { member_id: string; badge_id: string; reason: string; actor_id: string }

/** Staff take a badge away with a reason, logged. */
export const revokeCommunityBadgeWorkflow = createWorkflow(revokeCommunityBadgeWorkflowId, (input: RevokeBadgeInput) => {
  const badge = revokeBadgeStep(input)
  const entry = transform({ input, badge }, ({ input, badge }) => ({
    actor_type: "staff" as const,
    actor_id: input.actor_id,
    action: "revoke_badge" as const,
    target_type: "member" as const,
    target_id: input.member_id,
    reason: input.reason,
    details: { badge_id: badge.id, kind: badge.kind, label: badge.label ?? BADGE_NAMES[badge.kind as AutomaticBadgeKind] },
  }))
  logModerationStep(entry)
  return new WorkflowResponse(badge)
})
