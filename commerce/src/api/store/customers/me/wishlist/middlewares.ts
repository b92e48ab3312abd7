import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSaveToWishlist } from "./validators"

/** The signed-in reader's own wishlist: the customer comes from the session, never from the request. */
export const storeWishlistMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/wishlist*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/customers/me/wishlist", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSaveToWishlist)] },
]
