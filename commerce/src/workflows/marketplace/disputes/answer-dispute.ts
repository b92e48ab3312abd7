import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { resolveStaffRecipientsStep } from "../../staff-alerts/steps/resolve-staff-recipients"
import { disputeEmails } from "./emails"
import { disputePartiesStep } from "./steps/dispute-parties"

type AnswerInput = { dispute_id: string; vendor_id: string; member_id: string; message: string }

/** Records the vendor's answer (only on its own line's dispute); undone by dropping the log entry. */
const answerDisputeStep = createStep(
  "answer-dispute",
  async (input: AnswerInput, { container }) => {
    const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).answerDispute(input)
    return new StepResponse(result, result.event_id)
  },
  async (eventId, { container }) => {
    if (eventId) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteDisputeEvents(eventId)
  }
)

export const answerDisputeWorkflowId = "answer-dispute"

/** A vendor answers a dispute on one of its lines: logged with the member, emailed to the buyer, the vendor and staff. */
export const answerDisputeWorkflow = createWorkflow(answerDisputeWorkflowId, (input: AnswerInput) => {
  const answered = answerDisputeStep(input)
  const parties = disputePartiesStep({ dispute_id: input.dispute_id })
  const staff = resolveStaffRecipientsStep()
  sendNotificationsStep(
    transform({ parties, staff, answered, input }, ({ parties, staff, answered, input }) =>
      disputeEmails({ parties, staff, step: "vendor_answered", event_id: answered.event_id, message: input.message })
    )
  )
  return new WorkflowResponse(answered)
})
