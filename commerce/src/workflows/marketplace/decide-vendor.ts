import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decisionEmail } from "./emails"
import { createVendorSubaccountStep, deactivateVendorSubaccountStep } from "./steps/create-vendor-subaccount"
import { decideVendorStep, type VendorDecisionInput } from "./steps/decide-vendor"
import { issueOwnerInvitationStep } from "./steps/issue-owner-invitation"
import { retrieveVendorStep } from "./steps/retrieve-vendor"

export const decideVendorWorkflowId = "decide-vendor"

/**
 * Staff approve, reject or suspend a vendor. A first approval makes the
 * vendor's Paystack subaccount and emails the owner a one-time link to set up
 * their sign-in; any change is emailed to the vendor. The same decision again
 * (a double click) does nothing; Paystack refusing the subaccount undoes the
 * approval. A suspension deactivates the subaccount at Paystack, and approving
 * the vendor again reactivates it.
 */
export const decideVendorWorkflow = createWorkflow(decideVendorWorkflowId, (input: VendorDecisionInput) => {
  const decided = decideVendorStep(input)
  const joinToken = when("vendor-approved", { decided }, ({ decided }) => decided.changed && decided.status === "approved").then(() => {
    createVendorSubaccountStep({ vendor_id: input.vendor_id })
    return issueOwnerInvitationStep({ vendor_id: input.vendor_id, actor_id: input.actor_id })
  })
  when("vendor-suspended", { decided }, ({ decided }) => decided.changed && decided.status === "suspended").then(() => {
    deactivateVendorSubaccountStep({ vendor_id: input.vendor_id })
  })
  when("vendor-decision-changed", { decided }, ({ decided }) => decided.changed).then(() => {
    const vendor = retrieveVendorStep({ vendor_id: input.vendor_id })
    sendNotificationsStep(
      transform({ vendor, decided, joinToken }, ({ vendor, decided, joinToken }) =>
        decisionEmail({
          vendor,
          decision: decided.status as "approved" | "rejected" | "suspended",
          reason: vendor.status_reason ?? null,
          event_id: decided.event_id!,
          join_token: joinToken ?? null,
        })
      )
    )
  })
  return new WorkflowResponse(decided)
})
