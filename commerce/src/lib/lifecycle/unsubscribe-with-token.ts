import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SignedLinkError } from "../signed-links"
import { dbOf } from "./claims"
import { verifyUnsubscribeToken } from "./links"
import { CmsConsentUnavailable } from "./marketing-consent"
import { setMarketingConsent } from "./opt-out"

/** The two unsubscribe routes (the storefront's confirm page, a mail client's one-click POST): verify the token, opt the address out everywhere, answer. */
export async function unsubscribeWithToken(req: MedusaRequest, res: MedusaResponse, token: string, answer: (email: string) => unknown) {
  let email: string
  try {
    email = verifyUnsubscribeToken(token)
  } catch (error) {
    if (error instanceof SignedLinkError) return res.status(error.status).json({ message: error.message })
    throw error
  }
  try {
    await setMarketingConsent(dbOf(req.scope), email, true)
  } catch (error) {
    if (!(error instanceof CmsConsentUnavailable)) throw error
    return res.status(503).json({
      message: `The shop's emails to ${email} are stopped, but the newsletter could not be told (${error.message}); please try again.`,
    })
  }
  res.json(answer(email))
}
