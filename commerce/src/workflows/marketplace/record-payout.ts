import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutInput } from "../../modules/marketplace/service"
import { retrieveVendorStep } from "./steps/retrieve-vendor"
import { recordPayoutStep } from "./steps/record-payout"

export const recordVendorPayoutWorkflowId = "record-vendor-payout"

/** Staff record what a vendor was paid for a period (the net of its ledger entries then), once per period. */
export const recordVendorPayoutWorkflow = createWorkflow(recordVendorPayoutWorkflowId, (input: PayoutInput) => {
  retrieveVendorStep({ vendor_id: input.vendor_id })
  return new WorkflowResponse(recordPayoutStep(input))
})
