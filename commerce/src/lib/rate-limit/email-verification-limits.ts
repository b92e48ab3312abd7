import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/**
 * Resending the verification email, per signed-in customer: three an hour
 * covers a lost email and a typo'd spam filter, and stops the button being
 * used to flood an inbox.
 */
export const limitVerificationEmails = rateLimit(sharedStore, [
  {
    name: "verification emails",
    limit: 3,
    windowMs: 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])
