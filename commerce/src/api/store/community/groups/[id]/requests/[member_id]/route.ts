import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideGroupMembershipAsModeratorWorkflow } from "../../../../../../../workflows/community/decide-group-membership"
import { communityOf } from "../../../../read"
import { groupByIdOrSlug } from "../../../present"
import type { StoreDecideRequestType } from "../../../validators"

/** A group's moderator approves or declines a member's request to join (logged). */
export async function POST(req: AuthenticatedMedusaRequest<StoreDecideRequestType>, res: MedusaResponse) {
  const group = await groupByIdOrSlug(communityOf(req.scope), req.params.id)
  const { result } = await decideGroupMembershipAsModeratorWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, group_id: group.id, member_id: req.params.member_id, action: req.validatedBody.action },
  })
  res.json({ membership: req.validatedBody.action === "decline" ? null : { group_id: group.id, member_id: result.member_id, status: result.status, role: result.role } })
}
