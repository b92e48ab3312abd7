import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../revalidate-storefront/steps/post-storefront-revalidation"
import { reviewCacheTags } from "./cache-tags"
import { deleteOwnReviewStep } from "./steps/delete-own-review"

export const deleteOwnReviewWorkflowId = "delete-own-review"

/** A reader withdraws their review, and its pages are refreshed. */
export const deleteOwnReviewWorkflow = createWorkflow(deleteOwnReviewWorkflowId, (input: { customer_id: string; product_id: string }) => {
  const deleted = deleteOwnReviewStep(input)
  postStorefrontRevalidationStep(transform({ input }, ({ input }) => reviewCacheTags([input.product_id])))
  return new WorkflowResponse(deleted)
})
