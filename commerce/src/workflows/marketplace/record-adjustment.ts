import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdjustmentInput } from "../../modules/marketplace/service"
import { retrieveVendorStep } from "./steps/retrieve-vendor"
import { recordAdjustmentStep } from "./steps/record-adjustment"

export const recordVendorAdjustmentWorkflowId = "record-vendor-adjustment"

/** Staff credit (+) or debit (−) a vendor's ledger with a reason, once per idempotency key. */
export const recordVendorAdjustmentWorkflow = createWorkflow(recordVendorAdjustmentWorkflowId, (input: AdjustmentInput) => {
  retrieveVendorStep({ vendor_id: input.vendor_id })
  return new WorkflowResponse(recordAdjustmentStep(input))
})
