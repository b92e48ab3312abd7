import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dbOf } from "../../../../lib/lifecycle/claims"
import { verifyUnsubscribeToken } from "../../../../lib/lifecycle/links"
import { setOptOutByEmail } from "../../../../lib/lifecycle/opt-out"
import { SignedLinkError } from "../../../../lib/signed-links"
import type { StoreSignedTokenType } from "../../customers/me/marketing/validators"

/**
 * POST { token }: the unsubscribe link of a marketing email, for guests and
 * account holders alike: the address it was signed for gets no more
 * marketing email. 403 for a forged token, 410 for an expired one.
 */
export async function POST(req: MedusaRequest<StoreSignedTokenType>, res: MedusaResponse) {
  let email: string
  try {
    email = verifyUnsubscribeToken(req.validatedBody.token)
  } catch (error) {
    if (error instanceof SignedLinkError) return res.status(error.status).json({ message: error.message })
    throw error
  }
  await setOptOutByEmail(dbOf(req.scope), email, true)
  res.json({ unsubscribed: true, email })
}
