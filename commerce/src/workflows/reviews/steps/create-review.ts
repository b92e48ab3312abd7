import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

export type NewReview = { customer_id: string; product_id: string; rating: number; title: string | null; body: string }

const alreadyReviewed = () =>
  new MedusaError(MedusaError.Types.CONFLICT, "You have already reviewed this: edit your review instead")

export const createReviewStepId = "create-review"

/** Writes the reader's review: 409 when they have one already (PostgreSQL settles a race). Undone by deleting it. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: NewReview, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const [mine] = await reviews.listReviews({ customer_id: input.customer_id, product_id: input.product_id }, { take: 1 })
    if (mine) throw alreadyReviewed()
    try {
      const review = await reviews.createReviews({ ...input, verified_purchase: true })
      return new StepResponse(review, review.id)
    } catch (error) {
      if (/unique|duplicate|already exists/i.test((error as Error).message)) throw alreadyReviewed()
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).deleteReviews(id)
  }
)
