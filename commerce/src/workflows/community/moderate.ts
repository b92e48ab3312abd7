import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COMMUNITY_DISCUSSION_CHANGED, COMMUNITY_POST_MODERATED } from "./events"
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
  when("discussion-changed", { input }, ({ input }) => input.target_type === "discussion").then(() => {
    emitEventStep({ eventName: COMMUNITY_DISCUSSION_CHANGED, data: { id: input.target_id } })
  })
  const moderated = transform({ log }, ({ log }) => ({ id: log.id }))
  when("post-moderated", { input }, ({ input }) => input.target_type !== "member" && (input.action === "hide" || input.action === "restore")).then(() => {
    emitEventStep({ eventName: COMMUNITY_POST_MODERATED, data: moderated }).config({ name: "emit-post-moderated" })
  })
  return new WorkflowResponse({ applied, reports, log })
})
