import { refundPaymentWorkflow, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DisputeDecision } from "../../../modules/marketplace/lib/disputes"
import { resolveStaffRecipientsStep } from "../../staff-alerts/steps/resolve-staff-recipients"
import { disputeEmails } from "./emails"
import { decideDisputeStep } from "./steps/decide-dispute"
import { disputePartiesStep } from "./steps/dispute-parties"
import { disputeRefundableStep } from "./steps/dispute-refundable"

export type DecideDisputeWorkflowInput = { dispute_id: string; decision: DisputeDecision; amount?: number | null; note: string; actor_id: string }

/**
 * The refund's note names the disputed line (`ordli_…`) so the ledger lays the
 * vendor's clawback on that line alone; any line id in staff's own words is
 * masked, so the note cannot point the clawback elsewhere.
 */
export const disputeRefundNote = (input: { dispute_id: string; line_item_id: string | null; note: string }) =>
  `Dispute ${input.dispute_id}${input.line_item_id ? ` on ${input.line_item_id}` : ""}: ${input.note.replace(/ordli_[A-Za-z0-9]+/g, "[line]")}`

export const decideDisputeWorkflowId = "decide-dispute"

/**
 * Staff decide a dispute: refund all or part of the line through Medusa's
 * refund of the payment (Paystack refunds the buyer; the ledger's
 * payment.refunded handler claws back the vendor's share of that line), or
 * close it. Decided once however often staff click; a refund that fails
 * puts the dispute back as it was. Emailed to the buyer, the vendor and staff.
 */
export const decideDisputeWorkflow = createWorkflow(decideDisputeWorkflowId, (input: DecideDisputeWorkflowInput) => {
  const refundable = disputeRefundableStep({ dispute_id: input.dispute_id })
  const decided = decideDisputeStep(transform({ input, refundable }, ({ input, refundable }) => ({ ...input, refundable: refundable.refundable })))
  when("dispute-refund", { decided, refundable }, ({ decided, refundable }) => decided.changed && decided.amount > 0 && !!refundable.payment_id).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ input, decided, refundable }, ({ input, decided, refundable }) => ({
        payment_id: refundable.payment_id!,
        amount: decided.amount / 100,
        created_by: input.actor_id,
        note: disputeRefundNote({ dispute_id: input.dispute_id, line_item_id: refundable.line_item_id, note: input.note }),
      })),
    })
  })
  when("dispute-decided", { decided }, ({ decided }) => decided.changed).then(() => {
    const parties = disputePartiesStep({ dispute_id: input.dispute_id })
    const staff = resolveStaffRecipientsStep()
    sendNotificationsStep(
      transform({ parties, staff, decided, input }, ({ parties, staff, decided, input }) =>
        disputeEmails({ parties, staff, step: "staff_decided", event_id: decided.event_id!, message: input.note, amount: decided.amount })
      )
    )
  })
  return new WorkflowResponse(decided)
})
