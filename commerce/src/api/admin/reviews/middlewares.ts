import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminHideReview, AdminListReviews, AdminShowReview } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself (a customer's token is a 401).
export const adminReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reviews", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReviews, {})] },
  { matcher: "/admin/reviews/:id/hide", methods: ["POST"], middlewares: [validateAndTransformBody(AdminHideReview)] },
  { matcher: "/admin/reviews/:id/show", methods: ["POST"], middlewares: [validateAndTransformBody(AdminShowReview)] },
]
