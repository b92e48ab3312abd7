import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, viewerOf } from "../../read"
import { groupByIdOrSlug, presentGroup } from "../present"

/** One group (by id or slug, archived ones too): its description, size, and the viewer's place in it. Its discussions: GET /store/community/discussions?group=… */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const [group, viewer] = await Promise.all([groupByIdOrSlug(community, req.params.id), viewerOf(req.scope, req.auth_context?.actor_id)])
  const [counts, [membership]] = await Promise.all([
    community.groupMemberCounts([group.id]),
    viewer ? community.listCommunityGroupMemberships({ group_id: group.id, member_id: viewer.id }) : [],
  ])
  res.json({ group: presentGroup(group, counts.get(group.id) ?? 0, membership) })
}
