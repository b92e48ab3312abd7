import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { resolveStaffRecipientsStep } from "../../staff-alerts/steps/resolve-staff-recipients"
import { disputeEmails } from "./emails"
import { chargebackOrderStep, type ChargebackInput } from "./steps/chargeback-order"
import { disputePartiesStep } from "./steps/dispute-parties"
import { latestDisputeEventStep } from "./steps/latest-dispute-event"
import { openDisputeStep } from "./steps/open-dispute"

export const openChargebackDisputeWorkflowId = "open-chargeback-dispute"

/**
 * Paystack's `charge.dispute.create` (or a reminder of one we missed) opens a
 * chargeback dispute on the order its transaction paid, once however often
 * it is delivered, and tells staff. Nothing for a transaction that paid no
 * order of ours.
 */
export const openChargebackDisputeWorkflow = createWorkflow(openChargebackDisputeWorkflowId, (input: ChargebackInput) => {
  const opening = chargebackOrderStep(input)
  const opened = when("chargeback-has-order", { opening }, ({ opening }) => !!opening).then(() => openDisputeStep(transform({ opening }, ({ opening }) => opening!)))
  when("chargeback-opened", { opened }, ({ opened }) => !!opened?.created).then(() => {
    const disputeId = transform({ opened }, ({ opened }) => ({ dispute_id: opened!.dispute_id }))
    const parties = disputePartiesStep(disputeId)
    const event = latestDisputeEventStep(disputeId)
    const staff = resolveStaffRecipientsStep()
    sendNotificationsStep(
      transform({ parties, staff, event, input }, ({ parties, staff, event, input }) =>
        disputeEmails({ parties, staff, step: "chargeback_opened", event_id: event.id, message: input.message, amount: input.refund_amount })
      )
    )
  })
  return new WorkflowResponse(transform({ opened }, ({ opened }) => opened ?? null))
})

type ResolutionInput = { paystack_dispute_id: string; resolution: string; message: string | null; data: Record<string, unknown> }

const recordChargebackResolutionStep = createStep("record-chargeback-resolution", async (input: ResolutionInput, { container }) => {
  const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).recordChargebackResolution(input)
  return new StepResponse(result)
})

export const resolveChargebackDisputeWorkflowId = "resolve-chargeback-dispute"

/** Paystack's `charge.dispute.resolve`: its outcome in the dispute's log, once, and emailed to staff. */
export const resolveChargebackDisputeWorkflow = createWorkflow(resolveChargebackDisputeWorkflowId, (input: ResolutionInput) => {
  const recorded = recordChargebackResolutionStep(input)
  when("chargeback-resolved", { recorded }, ({ recorded }) => !!recorded?.changed).then(() => {
    const disputeId = transform({ recorded }, ({ recorded }) => ({ dispute_id: recorded!.dispute_id }))
    const parties = disputePartiesStep(disputeId)
    const event = latestDisputeEventStep(disputeId)
    const staff = resolveStaffRecipientsStep()
    sendNotificationsStep(
      transform({ parties, staff, event, input }, ({ parties, staff, event, input }) =>
        disputeEmails({ parties, staff, step: "chargeback_resolved", event_id: event.id, message: `Paystack: ${input.resolution}${input.message ? ` — ${input.message}` : ""}` })
      )
    )
  })
  return new WorkflowResponse(recorded)
})
