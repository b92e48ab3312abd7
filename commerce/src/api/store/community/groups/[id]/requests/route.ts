import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { activeMembership } from "../../../../../../modules/community/lib/group-access"
import { communityOf, presentAuthor, viewerOf } from "../../../read"
import { groupByIdOrSlug } from "../../present"

/** For the group's moderators: who asked to join and who is invited, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const [group, viewer] = await Promise.all([groupByIdOrSlug(community, req.params.id), viewerOf(req.scope, req.auth_context.actor_id)])
  const mine = viewer?.status === "active" ? await activeMembership(community, group.id, viewer.id) : undefined
  if (mine?.role !== "moderator") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only this group's moderators (and staff) can see who asked to join it")
  const pending = await community.listCommunityGroupMemberships(
    { group_id: group.id, status: ["requested", "invited"] },
    { order: { created_at: "ASC" }, take: 200 }
  )
  const members = pending.length ? await community.listCommunityMembers({ id: pending.map((p) => p.member_id) }) : []
  const memberOf = new Map(members.map((m) => [m.id, presentAuthor(m as never)]))
  res.json({ requests: pending.map((p) => ({ status: p.status, created_at: p.created_at, member: memberOf.get(p.member_id) ?? null })) })
}
