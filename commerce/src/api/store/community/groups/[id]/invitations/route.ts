import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideGroupMembershipAsModeratorWorkflow } from "../../../../../../workflows/community/decide-group-membership"
import { communityOf } from "../../../read"
import { groupByIdOrSlug } from "../../present"
import type { StoreInviteToGroupType } from "../../validators"

/** A group's moderator invites a member (who joins by accepting); one who already asked is approved. Logged. */
export async function POST(req: AuthenticatedMedusaRequest<StoreInviteToGroupType>, res: MedusaResponse) {
  const group = await groupByIdOrSlug(communityOf(req.scope), req.params.id)
  const { result } = await decideGroupMembershipAsModeratorWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, group_id: group.id, member_id: req.validatedBody.member_id, action: "invite" },
  })
  res.status(201).json({ membership: { group_id: group.id, member_id: result.member_id, status: result.status, role: result.role } })
}
