import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailpassEntityOf, verifyPassword } from "../../../../../lib/account/password"
import { eraseCustomer } from "../../../../../lib/account/erase"
import type { StoreDeleteAccountType } from "../password/validators"

/** POST { password }: deletes the signed-in customer's account once their password is proven (lib/account/erase.ts says what stays). */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) {
  const entityId = await emailpassEntityOf(req.scope, req.auth_context.actor_id)
  await verifyPassword(req.scope, entityId, req.validatedBody.password, "The password is not right.")
  await eraseCustomer(req.scope, req.auth_context.actor_id)
  res.json({ deleted: true })
}
