import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorListOrders, VendorListReviews, VendorShipOrderLines } from "./validators"

/** The vendor's orders and reviews (signed in by the /vendors/me/* matcher of vendorMiddlewares). */
export const vendorOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendors/me/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(VendorListOrders, {})] },
  { matcher: "/vendors/me/orders/:id/fulfillments", methods: ["POST"], middlewares: [validateAndTransformBody(VendorShipOrderLines)] },
  { matcher: "/vendors/me/reviews", methods: ["GET"], middlewares: [validateAndTransformQuery(VendorListReviews, {})] },
]
