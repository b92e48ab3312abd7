import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { presentForStaff } from "./present"
import type { AdminListReviewsType } from "./validators"

/** GET: reviews for moderation, newest first, by status and product. */
export async function GET(req: MedusaRequest<unknown, AdminListReviewsType>, res: MedusaResponse) {
  const { status, product_id, limit, offset } = req.validatedQuery
  const [rows, count] = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).listAndCountReviews(
    { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  res.json({ reviews: await presentForStaff(req.scope, rows as never), count, limit, offset })
}
