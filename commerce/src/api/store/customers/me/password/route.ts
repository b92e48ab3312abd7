import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { reissueToken, revokeCustomerSessions } from "../../../../../lib/account/sessions"
import { emailpassEntityOf, verifyPassword } from "../../../../../lib/account/password"
import type { StoreChangePasswordType } from "./validators"

/**
 * POST { current_password, new_password }: the signed-in customer's new
 * password, once the current one is proven (through the auth module's
 * emailpass provider, as sign-in does). Every other session ends; the one
 * that asked gets a fresh token so the reader stays signed in here.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreChangePasswordType>, res: MedusaResponse) {
  const { current_password, new_password } = req.validatedBody
  const entityId = await emailpassEntityOf(req.scope, req.auth_context.actor_id)
  await verifyPassword(req.scope, entityId, current_password)
  if (new_password === current_password) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The new password must differ from the current one.")
  }
  const updated = await req.scope.resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: entityId, password: new_password })
  if (!updated.success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, updated.error ?? "The password could not be changed")
  const validAfter = await revokeCustomerSessions(req.scope, req.auth_context.actor_id)
  res.json({ token: reissueToken(req.scope, req.auth_context as unknown as Record<string, unknown>, validAfter) })
}
