import { env } from "../env"
import { clientAddress, rateLimit, requestedEmail } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

const windowMs = env.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000

/** Guessing a shopper's password: per email (cleared by a successful sign-in), and per address. */
export const limitCustomerLogin = rateLimit(sharedStore, [
  { name: "sign-in attempts for this email", limit: env.AUTH_RATE_LIMIT_PER_EMAIL, windowMs, key: requestedEmail, forgetOnSuccess: true },
  { name: "sign-in attempts from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])

/** Mass sign-ups from one address. */
export const limitCustomerRegistration = rateLimit(sharedStore, [
  { name: "sign-ups from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])

/** Flooding an inbox with reset emails, or probing many addresses. */
export const limitPasswordResets = rateLimit(sharedStore, [
  { name: "password reset requests for this email", limit: Math.max(1, Math.floor(env.AUTH_RATE_LIMIT_PER_EMAIL / 2)), windowMs, key: requestedEmail },
  { name: "password reset requests from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])
