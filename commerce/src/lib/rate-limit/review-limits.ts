import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/**
 * Writing and rewriting reviews, per signed-in reader: 20 an hour is more
 * than a reader reviewing (and fixing typos in) their shelf needs, and stops
 * a script rewriting reviews to churn the pages' caches.
 */
export const limitReviews = rateLimit(sharedStore, [
  {
    name: "review writes",
    limit: 20,
    windowMs: 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])
