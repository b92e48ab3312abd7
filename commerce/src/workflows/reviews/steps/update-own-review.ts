import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

export type ReviewEdit = { customer_id: string; product_id: string; rating?: number; title?: string | null; body?: string }
type Snapshot = { id: string; rating: number; title: string | null; body: string }

export const updateOwnReviewStepId = "update-own-review"

/** Changes the reader's own review (404 when they have none); a hidden review stays hidden. Undone by writing back the old words. */
export const updateOwnReviewStep = createStep(
  updateOwnReviewStepId,
  async ({ customer_id, product_id, ...change }: ReviewEdit, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const [mine] = await reviews.listReviews({ customer_id, product_id }, { take: 1 })
    if (!mine) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not reviewed this yet")
    const before: Snapshot = { id: mine.id, rating: mine.rating, title: mine.title, body: mine.body }
    const updated = await reviews.updateReviews({ id: mine.id, ...change })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateReviews(before)
  }
)
