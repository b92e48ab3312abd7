import { env } from "../env"
import { clientAddress, rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

const windowMs = env.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000

/** Each start keeps a state (PKCE verifier, nonce) in the cache for ten minutes: starts per address are bounded. */
export const limitGoogleSignInStarts = rateLimit(sharedStore, [
  { name: "Google sign-ins started from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])

/** Replayed or guessed codes and states: failed callbacks per address (a success takes its own back). */
export const limitGoogleCallbacks = rateLimit(sharedStore, [
  { name: "failed Google sign-ins from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress, onSuccess: "uncount" },
])
