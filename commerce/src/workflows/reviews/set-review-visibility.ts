import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../revalidate-storefront/steps/post-storefront-revalidation"
import { reviewCacheTags } from "./cache-tags"
import { setReviewVisibilityStep, type VisibilityChange } from "./steps/set-review-visibility"

export const setReviewVisibilityWorkflowId = "set-review-visibility"

/** Staff hide a review (with a reason, recorded with who and when) or show it again; its pages are refreshed. */
export const setReviewVisibilityWorkflow = createWorkflow(setReviewVisibilityWorkflowId, (input: VisibilityChange) => {
  const reviews = setReviewVisibilityStep(input)
  postStorefrontRevalidationStep(transform({ reviews }, ({ reviews }) => reviewCacheTags(reviews.map((r) => r.product_id))))
  return new WorkflowResponse(reviews)
})
