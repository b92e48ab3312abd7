import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailpassEntityOf, hasPassword, verifyPassword } from "../../../../../lib/account/password"
import { deleteAccount } from "../../../../../lib/account/erase"
import { sendAccountDeletionEmailWorkflow } from "../../../../../workflows/send-account-deletion-email"
import type { StoreDeleteAccountType } from "../password/validators"

/** GET: how this account confirms its deletion: `{ confirm_by: "password" | "email" }` (an account made by Google sign-in has no password). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ confirm_by: (await hasPassword(req.scope, req.auth_context.actor_id)) ? "password" : "email" })
}

/**
 * POST { password }: deletes the signed-in customer's account once their
 * password is proven (lib/account/erase.ts says what stays), then asks the cms
 * to erase its part; if the cms does not answer, the account is deleted all
 * the same and the retry-cms-erasures job asks again (lib/account/cms-erasure.ts).
 *
 * POST { confirm: "email" }: an account without a password is sent a signed
 * link (30 minutes) instead, 202 `{ sent: true }`; following it
 * (POST /store/account-deletions) deletes the account. An account with a
 * password must give it.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { password, confirm } = req.validatedBody
  if (confirm === "email") {
    if (await hasPassword(req.scope, customerId)) {
      return res.status(400).json({ type: "invalid_data", message: "password is required: this account has one, so its deletion is confirmed with it" })
    }
    await sendAccountDeletionEmailWorkflow(req.scope).run({ input: { customer_id: customerId, reason: `asked:${Date.now()}` } })
    return res.status(202).json({ sent: true })
  }
  const entityId = await emailpassEntityOf(req.scope, customerId)
  await verifyPassword(req.scope, entityId, password!, "The password is not right.")
  await deleteAccount(req.scope, customerId)
  res.json({ deleted: true })
}
