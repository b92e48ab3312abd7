import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCommunityBadgeWorkflow } from "../../../../../../../../workflows/community/revoke-badge"
import type { AdminRevokeBadgeType } from "../../../../../validators"

/** Staff take one of the member's badges away, with a reason (logged); a revoked automatic badge is not awarded again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRevokeBadgeType>, res: MedusaResponse) {
  await revokeCommunityBadgeWorkflow(req.scope).run({
    input: { member_id: req.params.id, badge_id: req.params.badge_id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.badge_id, object: "community_badge", revoked: true })
}
