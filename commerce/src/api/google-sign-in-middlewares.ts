import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitGoogleCallbacks, limitGoogleSignInStarts } from "../lib/rate-limit/google-limits"

/**
 * Sign in with Google (auth-oidc registered as `google`): its start and
 * callback are rate limited like the password sign-in, and the route that
 * links or creates the customer takes the callback's token, which carries no
 * customer yet.
 */
export const googleSignInMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/customer/google", methods: ["GET", "POST"], middlewares: [limitGoogleSignInStarts] },
  { matcher: "/auth/customer/google/callback", methods: ["GET", "POST"], middlewares: [limitGoogleCallbacks] },
  {
    matcher: "/store/auth/google/customer",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["bearer"], { allowUnregistered: true })],
  },
]
