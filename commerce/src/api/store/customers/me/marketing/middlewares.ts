import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { OneClickUnsubscribe } from "../../../../marketing/unsubscribe/validators"
import { StoreMarketingPreference, StoreSignedToken } from "./validators"

/** The lifecycle emails' routes: the shopper's marketing opt-out, the two signed links their emails carry, and the mail client's one-click unsubscribe. */
export const storeMarketingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/marketing", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/customers/me/marketing", methods: ["POST"], middlewares: [validateAndTransformBody(StoreMarketingPreference)] },
  { matcher: "/store/cart-recovery", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSignedToken)] },
  { matcher: "/store/marketing/unsubscribe", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSignedToken)] },
  { matcher: "/marketing/unsubscribe", methods: ["POST"], middlewares: [validateAndTransformBody(OneClickUnsubscribe)] },
]
