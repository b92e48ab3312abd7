import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimNotificationDigestsStep, type ClaimNotificationDigestsInput } from "./steps/claim-notification-digests"
import { sendNotificationDigestsStep } from "./steps/send-notification-digests"

export const sendCommunityDigestsWorkflowId = "send-community-notification-digests"

/** The day's digest email to each member who chose digests and has unread notifications for it: one per member per day. */
export const sendCommunityDigestsWorkflow = createWorkflow(sendCommunityDigestsWorkflowId, (input: ClaimNotificationDigestsInput) => {
  const claimed = claimNotificationDigestsStep(input)
  return new WorkflowResponse(sendNotificationDigestsStep(claimed))
})
