import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateCommunityWorkflow } from "../../../../workflows/community/moderate"
import type { AdminModerateType } from "../validators"

/** Staff moderate: hide, restore, lock, pin, suspend, reinstate, promote, demote or dismiss reports, with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateType>, res: MedusaResponse) {
  const { result } = await moderateCommunityWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_type: "staff", actor_id: req.auth_context.actor_id },
  })
  res.json({ moderation: result.applied, reports: result.reports.map((r) => ({ id: r.id, status: r.status })), log: result.log })
}
