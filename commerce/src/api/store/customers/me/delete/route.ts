import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailpassEntityOf, verifyPassword } from "../../../../../lib/account/password"
import { eraseAtCmsNow } from "../../../../../lib/account/cms-erasure"
import { eraseCustomer } from "../../../../../lib/account/erase"
import type { StoreDeleteAccountType } from "../password/validators"

/**
 * POST { password }: deletes the signed-in customer's account once their
 * password is proven (lib/account/erase.ts says what stays), then asks the cms
 * to erase its part; if the cms does not answer, the account is deleted all
 * the same and the retry-cms-erasures job asks again (lib/account/cms-erasure.ts).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) {
  const entityId = await emailpassEntityOf(req.scope, req.auth_context.actor_id)
  await verifyPassword(req.scope, entityId, req.validatedBody.password, "The password is not right.")
  await eraseCustomer(req.scope, req.auth_context.actor_id)
  await eraseAtCmsNow(req.scope, req.auth_context.actor_id)
  res.json({ deleted: true })
}
