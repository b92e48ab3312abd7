import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { joinCommunityGroupWorkflow, leaveCommunityGroupWorkflow } from "../../../../../../workflows/community/join-group"
import { communityOf, viewerOf } from "../../../read"
import { groupByIdOrSlug } from "../../present"

const memberAndGroup = async (req: AuthenticatedMedusaRequest) => {
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  if (!viewer) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Join the community before joining a group (POST /store/community/members)")
  return { member_id: viewer.id, group_id: (await groupByIdOrSlug(communityOf(req.scope), req.params.id)).id }
}
const present = (m: { status: string; role: string; group_id: string }) => ({ group_id: m.group_id, status: m.status, role: m.role })

/**
 * Joins a public group, asks to join a private one (status "requested" until
 * staff or a group moderator approve), or accepts an invitation. 201 when
 * something changed, 200 with the membership they already have.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await joinCommunityGroupWorkflow(req.scope).run({ input: await memberAndGroup(req) })
  res.status(result.action === "none" ? 200 : 201).json({ membership: present(result.membership) })
}

/** Leaves the group, withdraws a request or declines an invitation. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = await memberAndGroup(req)
  await leaveCommunityGroupWorkflow(req.scope).run({ input })
  res.json({ group_id: input.group_id, object: "community_group_membership", deleted: true })
}
