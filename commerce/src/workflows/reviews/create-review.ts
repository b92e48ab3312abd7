import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../revalidate-storefront/steps/post-storefront-revalidation"
import { reviewCacheTags } from "./cache-tags"
import { assertVerifiedBuyerStep } from "./steps/assert-verified-buyer"
import { createReviewStep, type NewReview } from "./steps/create-review"

export const createReviewWorkflowId = "create-review"

/** A verified buyer reviews a book or course (once), and its pages are refreshed. */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: NewReview) => {
  assertVerifiedBuyerStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, product_id: input.product_id })))
  const review = createReviewStep(input)
  postStorefrontRevalidationStep(transform({ input }, ({ input }) => reviewCacheTags([input.product_id])))
  return new WorkflowResponse(review)
})
