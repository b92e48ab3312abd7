import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCustomerSessions } from "../../../../../lib/account/sessions"

/** DELETE: signs the customer out everywhere, this session included (tokens issued until now stop working). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await revokeCustomerSessions(req.scope, req.auth_context.actor_id)
  res.json({ signed_out: true })
}
