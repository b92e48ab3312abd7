import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideGroupMembershipWorkflow } from "../../../../../../../workflows/community/decide-group-membership"
import type { AdminDecideMembershipType } from "../../../validators"

/** Staff approve or decline a request, remove a member, or make them the group's moderator or not (logged). */
export async function POST(req: AuthenticatedMedusaRequest<AdminDecideMembershipType>, res: MedusaResponse) {
  const { action, reason } = req.validatedBody
  const { result } = await decideGroupMembershipWorkflow(req.scope).run({
    input: { group_id: req.params.id, member_id: req.params.member_id, action, reason, actor_type: "staff", actor_id: req.auth_context.actor_id },
  })
  const ended = action === "decline" || action === "remove"
  res.json({ membership: ended ? null : { id: result.id, member_id: result.member_id, status: result.status, role: result.role } })
}
