import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/**
 * Guessing a lesson's quiz: ten attempts per learner and lesson in ten
 * minutes is plenty for a person re-reading the lesson and retrying, and
 * makes trying every combination slow.
 */
export const limitQuizAttempts = rateLimit(sharedStore, [
  {
    name: "quiz attempts",
    limit: 10,
    windowMs: 10 * 60_000,
    key: (req) => {
      const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
      return customerId ? `${customerId}:${req.params?.lessonId ?? req.path}` : null
    },
  },
])
