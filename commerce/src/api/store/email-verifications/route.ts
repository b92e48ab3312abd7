import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { markEmailVerified, readEmailVerificationToken } from "../../../lib/account/email-verification"
import { SignedLinkError } from "../../../lib/signed-links"
import type { StoreSignedTokenType } from "../customers/me/marketing/validators"

/**
 * POST { token }: the link of a verification email, opened in any browser
 * (no sign-in needed: the signature proves the inbox). Records the email as
 * verified. 403 forged, 410 expired, or the account is gone or now has
 * another email (that one needs its own link).
 */
export async function POST(req: MedusaRequest<StoreSignedTokenType>, res: MedusaResponse) {
  let claim: { customerId: string; email: string }
  try {
    claim = readEmailVerificationToken(req.validatedBody.token)
  } catch (error) {
    if (error instanceof SignedLinkError) return res.status(error.status).json({ code: error.status === 410 ? "link_expired" : "link_invalid", message: error.message })
    throw error
  }
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: [claim.customerId] }, { select: ["id", "email"] })
  if (!customer) return res.status(410).json({ code: "link_expired", message: "This account no longer exists" })
  if ((customer.email ?? "").toLowerCase() !== claim.email) {
    return res.status(410).json({ code: "link_expired", message: "This link was for an earlier email address of the account" })
  }
  await markEmailVerified(req.scope, customer.id, claim.email)
  res.json({ email_verification: { email: customer.email, verified: true } })
}
