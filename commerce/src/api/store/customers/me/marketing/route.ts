import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { dbOf } from "../../../../../lib/lifecycle/claims"
import { isOptedOut, setOptOutByEmail } from "../../../../../lib/lifecycle/opt-out"
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

/** POST { opt_out }: turns marketing email off (or back on) for the shopper's address, guest records of it included. */
export async function POST(req: AuthenticatedMedusaRequest<StoreMarketingPreferenceType>, res: MedusaResponse) {
  const email = await ownEmail(req)
  await setOptOutByEmail(dbOf(req.scope), email, req.validatedBody.opt_out)
  res.json({ marketing: { opt_out: req.validatedBody.opt_out } })
}
