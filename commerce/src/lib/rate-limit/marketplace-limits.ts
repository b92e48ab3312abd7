import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { clientAddress, rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

const contactEmail = (req: MedusaRequest): string | null => {
  const email = (req.body as { contact_email?: unknown } | undefined)?.contact_email
  return typeof email === "string" ? email.trim().toLowerCase() : null
}

/**
 * Vendor applications email staff and the address given: 5 an hour from one
 * address and 3 a day for one email are more than an applicant fixing a typo
 * needs, and stop anyone flooding staff's inbox or a stranger's.
 */
export const limitVendorApplications = rateLimit(sharedStore, [
  { name: "vendor applications", limit: 5, windowMs: 60 * 60_000, key: clientAddress },
  { name: "vendor applications for this email", limit: 3, windowMs: 24 * 60 * 60_000, key: contactEmail },
])

/** A vendor's owner inviting colleagues (each an email to a stranger): 20 a day per vendor member. */
export const limitVendorInvitations = rateLimit(sharedStore, [
  {
    name: "vendor invitations",
    limit: 20,
    windowMs: 24 * 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])
