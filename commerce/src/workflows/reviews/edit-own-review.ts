import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../revalidate-storefront/steps/post-storefront-revalidation"
import { reviewCacheTags } from "./cache-tags"
import { assertVerifiedBuyerStep } from "./steps/assert-verified-buyer"
import { updateOwnReviewStep, type ReviewEdit } from "./steps/update-own-review"

export const editOwnReviewWorkflowId = "edit-own-review"

/** A reader who still owns the book changes their review, and its pages are refreshed. */
export const editOwnReviewWorkflow = createWorkflow(editOwnReviewWorkflowId, (input: ReviewEdit) => {
  assertVerifiedBuyerStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, product_id: input.product_id })))
  const review = updateOwnReviewStep(input)
  postStorefrontRevalidationStep(transform({ input }, ({ input }) => reviewCacheTags([input.product_id])))
  return new WorkflowResponse(review)
})
