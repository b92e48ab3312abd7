import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyModerationStep, type ModerationAction, type ModerationTarget } from "./steps/apply-moderation"
import { closeReportsStep } from "./steps/close-reports"
import { logModerationStep, type ModerationActor } from "./steps/log-moderation"

export const moderateCommunityWorkflowId = "moderate-community"

export type ModerateInput = ModerationTarget & ModerationActor & { action: ModerationAction; reason: string }

/** One moderation action (hide, restore, lock, pin, suspend, ...), its reports closed and the log written. */
export const moderateCommunityWorkflow = createWorkflow(moderateCommunityWorkflowId, (input: ModerateInput) => {
  const applied = applyModerationStep(input)
  const reports = closeReportsStep(input)
  const log = logModerationStep(input)
  return new WorkflowResponse({ applied, reports, log })
})
