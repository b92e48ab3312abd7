import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewNotification } from "../../modules/community/lib/notifications"
import { createNotificationStep } from "./steps/create-notification"
import { emailNotificationStep } from "./steps/email-notification"

export const notifyCommunityMemberWorkflowId = "notify-community-member"

/** Tells a member about one event as they chose (bell, email at once, daily digest, or not at all), once per source event. */
export const notifyCommunityMemberWorkflow = createWorkflow(notifyCommunityMemberWorkflowId, (input: NewNotification) => {
  const created = createNotificationStep(input)
  when({ created }, ({ created }) => !!created.id && created.delivery === "email").then(() => {
    emailNotificationStep(created)
  })
  return new WorkflowResponse(created)
})
