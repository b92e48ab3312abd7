import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { unsubscribeWithToken } from "../../../lib/lifecycle/unsubscribe-with-token"
import type { OneClickUnsubscribeType } from "./validators"

/**
 * POST /marketing/unsubscribe?token=…, body `List-Unsubscribe=One-Click`
 * (form-encoded): the RFC 8058 one-click unsubscribe a mail client sends from
 * a marketing email's List-Unsubscribe header. Outside /store because a mail
 * client sends no publishable key and no session: the signed token is the
 * authority. 200 once the address is opted out everywhere.
 */
export async function POST(req: MedusaRequest<OneClickUnsubscribeType>, res: MedusaResponse) {
  const token = req.query.token
  if (typeof token !== "string" || !token || token.length > 2000) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "token is required in the query string")
  }
  await unsubscribeWithToken(req, res, token, (email) => ({ unsubscribed: true, email }))
}
