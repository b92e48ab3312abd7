import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsubscribeWithToken } from "../../../../lib/lifecycle/unsubscribe-with-token"
import type { StoreSignedTokenType } from "../../customers/me/marketing/validators"

/**
 * POST { token }: the unsubscribe link of a marketing email (the storefront's
 * confirm page), for guests and account holders alike: the address it was
 * signed for gets no more marketing email, the cms's newsletter and campaigns
 * included. 403 for a forged token, 410 for an expired one, 503 when the cms
 * did not take it (the shop's own emails already stopped; trying again is safe).
 */
export async function POST(req: MedusaRequest<StoreSignedTokenType>, res: MedusaResponse) {
  await unsubscribeWithToken(req, res, req.validatedBody.token, (email) => ({ unsubscribed: true, email }))
}
