import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../env"
import { limitPasswordChecks } from "./auth-limits"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/** Account deletion links, per signed-in customer: three an hour, so the button cannot flood an inbox. */
const limitDeletionLinks = rateLimit(sharedStore, [
  {
    name: "account deletion emails",
    limit: 3,
    windowMs: 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])

/** After validation: an ask for the emailed link counts as one, a password as a password check. */
export function limitAccountDeletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req as MedusaRequest & { validatedBody?: { confirm?: string } }).validatedBody
  return (body?.confirm === "email" ? limitDeletionLinks : limitPasswordChecks)(req, res, next)
}
