import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))
const actor = (req: unknown) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null

/**
 * Each dispute and each answer emails the buyer, a vendor and staff: 10 an
 * hour per buyer (one order's every line with room to spare) and 30 an hour
 * per vendor member stop anyone flooding those inboxes.
 */
export const limitDisputeOpenings = rateLimit(sharedStore, [{ name: "disputes opened", limit: 10, windowMs: 60 * 60_000, key: actor }])
export const limitDisputeAnswers = rateLimit(sharedStore, [{ name: "dispute answers", limit: 30, windowMs: 60 * 60_000, key: actor }])
