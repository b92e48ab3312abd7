import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { dbOf } from "../../../../../lib/lifecycle/claims"
import { CmsConsentUnavailable } from "../../../../../lib/lifecycle/marketing-consent"
import { isOptedOut, setMarketingConsent } from "../../../../../lib/lifecycle/opt-out"
import type { StoreMarketingPreferenceType } from "./validators"

/** The signed-in shopper's email address (the token names the customer; no one else's can be read or set here). */
async function ownEmail(req: AuthenticatedMedusaRequest): Promise<string> {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id, { select: ["id", "email"] })
  if (!customer.email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account has no email address")
  return customer.email
}

/** GET: whether marketing email (abandoned-cart reminders, course nudges) is off for the shopper's address. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ marketing: { opt_out: await isOptedOut(dbOf(req.scope), await ownEmail(req)) } })
}

/**
 * POST { opt_out }: turns marketing email off (or back on) for the shopper's
 * address, guest records of it included, and tells the cms. Opting back in is
 * this signed-in reader's own act: it lifts the shop's flag and the cms's
 * unsubscribe suppression (not a bounce or complaint), but does not put them
 * back on the newsletter, which takes a fresh sign-up confirmed by email.
 * 503 when the cms did not take it (trying again is safe).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreMarketingPreferenceType>, res: MedusaResponse) {
  const email = await ownEmail(req)
  try {
    await setMarketingConsent(dbOf(req.scope), email, req.validatedBody.opt_out)
  } catch (error) {
    if (!(error instanceof CmsConsentUnavailable)) throw error
    return res.status(503).json({ message: `Your choice could not reach the newsletter (${error.message}); please try again.` })
  }
  res.json({ marketing: { opt_out: req.validatedBody.opt_out } })
}
