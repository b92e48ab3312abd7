import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveStaffRecipientsStep } from "../staff-alerts/steps/resolve-staff-recipients"
import { applicationEmails } from "./emails"
import { createVendorApplicationStep, type VendorApplication } from "./steps/create-vendor-application"

export const applyAsVendorWorkflowId = "apply-as-vendor"

/** Someone applies to sell through the shop: a pending vendor and its owner, and emails to staff and to the applicant. */
export const applyAsVendorWorkflow = createWorkflow(applyAsVendorWorkflowId, (input: VendorApplication) => {
  const vendor = createVendorApplicationStep(input)
  const recipients = resolveStaffRecipientsStep()
  sendNotificationsStep(transform({ vendor, recipients }, applicationEmails))
  return new WorkflowResponse(vendor)
})
