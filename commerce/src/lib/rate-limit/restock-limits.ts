import { env } from "../env"
import { clientAddress, requestedEmail, rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/**
 * "Email me when it's back" sends an email later to whatever address is
 * given: 30 requests an hour from one address and 10 for one email keep a
 * reader with a wish list free and stop anyone signing up strangers in bulk.
 */
export const limitRestockRequests = rateLimit(sharedStore, [
  { name: "back-in-stock requests", limit: 30, windowMs: 60 * 60_000, key: clientAddress },
  { name: "back-in-stock requests for this email", limit: 10, windowMs: 60 * 60_000, key: requestedEmail },
])
