import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../revalidate-storefront/steps/post-storefront-revalidation"
import { reviewCacheTags } from "./cache-tags"
import { findReviewsOfEndedOrderStep } from "./steps/find-reviews-of-ended-order"
import { setReviewVisibilityStep } from "./steps/set-review-visibility"

export const hideReviewsOfEndedOrderWorkflowId = "hide-reviews-of-ended-order"

/** A cancelled or fully refunded order hides the reviews it made its reader eligible to write. */
export const hideReviewsOfEndedOrderWorkflow = createWorkflow(
  hideReviewsOfEndedOrderWorkflowId,
  (input: { order_id?: string; payment_id?: string }) => {
    const found = findReviewsOfEndedOrderStep(input)
    const hidden = when("reviews-to-hide", { found }, ({ found }) => found.ids.length > 0).then(() => {
      const hidden = setReviewVisibilityStep(
        transform({ found }, ({ found }) => ({ ids: found.ids, status: "hidden" as const, reason: found.reason, by: "system" }))
      )
      postStorefrontRevalidationStep(transform({ found }, ({ found }) => reviewCacheTags(found.product_ids)))
      return hidden
    })
    return new WorkflowResponse(transform({ hidden }, ({ hidden }) => hidden ?? []))
  }
)
