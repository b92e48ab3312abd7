import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { readAccountDeletionToken } from "../../../lib/account/deletion-link"
import { deleteAccount, erasedEmail } from "../../../lib/account/erase"
import { SignedLinkError } from "../../../lib/signed-links"
import type { StoreSignedTokenType } from "../customers/me/marketing/validators"

/**
 * POST { token }: the link of an account deletion email, confirmed on the
 * storefront's page (never on opening the link: mail scanners open links).
 * No sign-in needed, the signature proves the inbox. Deletes the account as
 * POST /store/customers/me/delete does. 403 forged; 410 expired, the account
 * already deleted (so each link works once), or its email changed since.
 */
export async function POST(req: MedusaRequest<StoreSignedTokenType>, res: MedusaResponse) {
  let claim: { customerId: string; email: string }
  try {
    claim = readAccountDeletionToken(req.validatedBody.token)
  } catch (error) {
    if (error instanceof SignedLinkError) return res.status(error.status).json({ code: error.status === 410 ? "link_expired" : "link_invalid", message: error.message })
    throw error
  }
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: [claim.customerId] }, { select: ["id", "email"] })
  if (!customer || customer.email === erasedEmail(claim.customerId)) {
    return res.status(410).json({ code: "account_deleted", message: "This account has already been deleted" })
  }
  if ((customer.email ?? "").toLowerCase() !== claim.email) {
    return res.status(410).json({ code: "link_expired", message: "This link was for an earlier email address of the account" })
  }
  await deleteAccount(req.scope, customer.id)
  res.json({ deleted: true })
}
