import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitReviews } from "../../../lib/rate-limit/review-limits"
import { StoreCreateReview, StoreListReviews, StoreUpdateReview } from "./validators"
import { StoreListProductRatings } from "../product-ratings/validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Reading reviews is public; writing one needs a signed-in reader (who must have bought the product: checked by the workflow). */
export const storeReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products/:id/reviews", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListReviews, {})] },
  { matcher: "/store/products/:id/reviews", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreCreateReview), limitReviews] },
  { matcher: "/store/products/:id/reviews/me", methods: ["GET", "DELETE"], middlewares: [customer] },
  { matcher: "/store/products/:id/reviews/me", methods: ["PUT"], middlewares: [customer, validateAndTransformBody(StoreUpdateReview), limitReviews] },
  { matcher: "/store/product-ratings", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListProductRatings, {})] },
]
