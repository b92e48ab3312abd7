import { clientAddress, rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"
import { env } from "../env"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/**
 * Suggestions ask on every pause in typing: 600 a minute from one address is
 * far above a reader (and a storefront behind TRUSTED_PROXIES forwards each
 * reader's own address) and stops one client from scraping the index.
 */
export const limitSearches = rateLimit(sharedStore, [{ name: "searches", limit: 600, windowMs: 60_000, key: clientAddress }])
