import type { MedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { clientAddress, emailFromAddress, rateLimit, requestedEmail, type RateLimitRule } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

const windowMs = env.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000

/**
 * Guessing passwords. Failures count per email *and* address, so someone
 * typing a shopper's email wrongly from elsewhere cannot lock the shopper
 * out; a sign-in that succeeds clears its pair. Failures per address catch
 * one address trying many emails.
 */
const signInRules = (who: string): RateLimitRule[] => [
  { name: `failed ${who}sign-ins for this email from this address`, limit: env.AUTH_RATE_LIMIT_PER_EMAIL, windowMs, key: emailFromAddress, onSuccess: "reset" },
  { name: `failed ${who}sign-ins from this address`, limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress, onSuccess: "uncount" },
]

export const limitCustomerLogin = rateLimit(sharedStore, signInRules(""))

/** Staff sign-in to the admin, counted apart from the shoppers'. */
export const limitStaffLogin = rateLimit(sharedStore, signInRules("staff "))

/** Marketplace vendors' sign-in, counted apart from shoppers' and staff's. */
export const limitVendorLogin = rateLimit(sharedStore, signInRules("vendor "))

/** Mass sign-ups from one address. */
export const limitCustomerRegistration = rateLimit(sharedStore, [
  { name: "sign-ups from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])

/** Vendor sign-ups (an invited person's own sign-in) from one address. */
export const limitVendorRegistration = rateLimit(sharedStore, [
  { name: "vendor sign-ups from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
])

/** Flooding an inbox with reset emails, or probing many addresses (shoppers' and staff's). */
const resetRules = (who: string): RateLimitRule[] => [
  { name: `${who}password reset requests for this email`, limit: Math.max(1, Math.floor(env.AUTH_RATE_LIMIT_PER_EMAIL / 2)), windowMs, key: requestedEmail },
  { name: `${who}password reset requests from this address`, limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress },
]

export const limitPasswordResets = rateLimit(sharedStore, resetRules(""))
export const limitStaffPasswordResets = rateLimit(sharedStore, resetRules("staff "))

/** The signed-in customer's account, for checks of their own password (change password, delete account). */
const signedInCustomer = (req: MedusaRequest): string | null =>
  (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id || null

/**
 * Guessing the current password from a stolen session, counted like
 * sign-in: failures per account (cleared by a success), and per address.
 */
export const limitPasswordChecks = rateLimit(sharedStore, [
  { name: "failed password checks for this account", limit: env.AUTH_RATE_LIMIT_PER_EMAIL, windowMs, key: signedInCustomer, onSuccess: "reset" },
  { name: "failed password checks from this address", limit: env.AUTH_RATE_LIMIT_PER_IP, windowMs, key: clientAddress, onSuccess: "uncount" },
])
