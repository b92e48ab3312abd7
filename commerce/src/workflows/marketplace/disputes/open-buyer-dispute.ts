import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveStaffRecipientsStep } from "../../staff-alerts/steps/resolve-staff-recipients"
import { disputeEmails } from "./emails"
import { checkDisputeLineStep, type BuyerDisputeInput } from "./steps/check-dispute-line"
import { disputePartiesStep } from "./steps/dispute-parties"
import { latestDisputeEventStep } from "./steps/latest-dispute-event"
import { openDisputeStep } from "./steps/open-dispute"

export const openBuyerDisputeWorkflowId = "open-buyer-dispute"

/**
 * A buyer reports a problem with a line of their order, within the window:
 * one undecided dispute per line (a second click answers the first), logged,
 * and emailed to the buyer, the line's vendor and staff.
 */
export const openBuyerDisputeWorkflow = createWorkflow(openBuyerDisputeWorkflowId, (input: BuyerDisputeInput) => {
  const opening = checkDisputeLineStep(input)
  const opened = openDisputeStep(opening)
  when("buyer-dispute-opened", { opened }, ({ opened }) => opened.created).then(() => {
    const parties = disputePartiesStep({ dispute_id: opened.dispute_id })
    const event = latestDisputeEventStep({ dispute_id: opened.dispute_id })
    const staff = resolveStaffRecipientsStep()
    sendNotificationsStep(
      transform({ parties, staff, event, input }, ({ parties, staff, event, input }) =>
        disputeEmails({ parties, staff, step: "opened", event_id: event.id, message: input.description || null })
      )
    )
  })
  return new WorkflowResponse(opened)
})
