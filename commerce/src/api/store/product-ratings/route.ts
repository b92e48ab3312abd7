import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { StoreListProductRatingsType } from "./validators"

/** GET ?product_id=…: each product's average stars (one decimal) and number of visible reviews, for listing cards. */
export async function GET(req: MedusaRequest<unknown, StoreListProductRatingsType>, res: MedusaResponse) {
  const ids = req.validatedQuery.product_id as unknown as string[]
  res.json({ ratings: await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).summarizeRatings(ids) })
}
