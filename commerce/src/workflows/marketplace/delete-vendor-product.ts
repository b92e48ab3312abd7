import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { withdrawProductChangeRequestsStep } from "./steps/withdraw-product-change-requests"

export const deleteVendorProductWorkflowId = "delete-vendor-product"

/** A vendor withdraws a product that was never public: its requests leave staff's list and the product is deleted. */
export const deleteVendorProductWorkflow = createWorkflow(deleteVendorProductWorkflowId, (input: { product_id: string }) => {
  withdrawProductChangeRequestsStep(input)
  deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
  return new WorkflowResponse({ id: input.product_id })
})
