import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communityOf, viewerOf } from "../../../read"
import { presentGroup } from "../../../groups/present"

/** The signed-in member's groups: those they are in, the requests they made and the invitations they have, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  if (!viewer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  const community = communityOf(req.scope)
  const memberships = await community.listCommunityGroupMemberships({ member_id: viewer.id }, { order: { created_at: "DESC" }, take: null })
  const ids = memberships.map((m) => m.group_id)
  if (!ids.length) return res.json({ groups: [] })
  const [groups, counts] = await Promise.all([community.listCommunityGroups({ id: ids }), community.groupMemberCounts(ids)])
  const groupOf = new Map(groups.map((g) => [g.id, g]))
  res.json({
    groups: memberships.filter((m) => groupOf.has(m.group_id)).map((m) => presentGroup(groupOf.get(m.group_id)!, counts.get(m.group_id) ?? 0, m)),
  })
}
