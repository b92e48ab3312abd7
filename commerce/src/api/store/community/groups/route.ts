import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, viewerOf } from "../read"
import { presentGroup } from "./present"

/** The groups in use (not archived), by name, each with its size and the viewer's place in it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const groups = await community.listCommunityGroups({ archived_at: null }, { order: { name: "ASC" }, take: 200 })
  const ids = groups.map((g) => g.id)
  const [counts, mine] = await Promise.all([
    community.groupMemberCounts(ids),
    viewer && ids.length ? community.listCommunityGroupMemberships({ member_id: viewer.id, group_id: ids }, { take: null }) : Promise.resolve([]),
  ])
  const membershipOf = new Map(mine.map((m) => [m.group_id, m]))
  res.json({ groups: groups.map((g) => presentGroup(g, counts.get(g.id) ?? 0, membershipOf.get(g.id))) })
}
