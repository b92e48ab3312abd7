import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../modules/reviews/service"
import { presentReviews } from "../../../../../lib/reviews/present"
import { createReviewWorkflow } from "../../../../../workflows/reviews/create-review"
import type { StoreCreateReviewType, StoreListReviewsType } from "../../validators"

/** GET: the product's visible reviews, newest first, a page at a time, with the average (one decimal) and count. */
export async function GET(req: MedusaRequest<unknown, StoreListReviewsType>, res: MedusaResponse) {
  const productId = req.params.id
  const { limit, offset } = req.validatedQuery
  const reviews = req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const [rows, count] = await reviews.listAndCountReviews(
    { product_id: productId, status: "visible" },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  const { average } = (await reviews.summarizeRatings([productId]))[productId]
  res.json({ reviews: await presentReviews(req.scope, rows), average, count, limit, offset })
}

/** POST: the signed-in reader reviews a book they bought (403 otherwise, 409 when they already have). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const { rating, title, body } = req.validatedBody
  const { result, errors } = await createReviewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.id, rating, title: title ?? null, body },
    throwOnError: false,
  })
  const failure = errors[0]?.error as { type?: string; message?: string } | undefined
  // Medusa answers every CONFLICT with its idempotency wording: the reader is told what to do instead.
  if (failure?.type === MedusaError.Types.CONFLICT) return res.status(409).json({ type: "conflict", message: failure.message })
  if (failure) throw failure
  const [review] = await presentReviews(req.scope, [result])
  res.status(201).json({ review })
}
