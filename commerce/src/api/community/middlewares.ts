import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { refuseRevokedCustomerTokens } from "../../lib/account/sessions"

/**
 * Community routes outside /store (no publishable key, locale or store-wide
 * authentication of Medusa's): each names its own checks. Only the
 * storefront's server calls them, so they send no CORS headers.
 */
export const communityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/community/unread",
    methods: ["GET"],
    // A signed-out session stays out here as on every store route.
    middlewares: [authenticate("customer", ["session", "bearer"]), refuseRevokedCustomerTokens],
  },
]
