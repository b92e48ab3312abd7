import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProductCommissionStep, type SetProductCommissionInput } from "./steps/set-product-commission"

export const setProductCommissionWorkflowId = "set-product-commission"

/** Staff set (or clear, with null) one vendor product's commission; carts split from then on use it. */
export const setProductCommissionWorkflow = createWorkflow(setProductCommissionWorkflowId, (input: SetProductCommissionInput) => {
  return new WorkflowResponse(setProductCommissionStep(input))
})
