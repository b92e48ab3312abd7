import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

export const deleteOwnReviewStepId = "delete-own-review"

/** Withdraws the reader's own review (404 when they have none), soft-deleted so the step can restore it. */
export const deleteOwnReviewStep = createStep(
  deleteOwnReviewStepId,
  async ({ customer_id, product_id }: { customer_id: string; product_id: string }, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const [mine] = await reviews.listReviews({ customer_id, product_id }, { take: 1 })
    if (!mine) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not reviewed this yet")
    await reviews.softDeleteReviews(mine.id)
    return new StepResponse({ id: mine.id }, mine.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).restoreReviews(id)
  }
)
