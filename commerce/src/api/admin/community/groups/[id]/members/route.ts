import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideGroupMembershipWorkflow } from "../../../../../../workflows/community/decide-group-membership"
import { groupOrNotFound } from "../../../../../../workflows/community/steps/group-rules"
import { communityOf, presentAuthor } from "../../../../../store/community/read"
import type { AdminInviteToGroupType, AdminListGroupMembersType } from "../../validators"

/** A group's members, requests and invitations for staff (filtered by status), oldest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListGroupMembersType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const community = communityOf(req.scope)
  const group = await groupOrNotFound(community, req.params.id)
  const [rows, count] = await community.listAndCountCommunityGroupMemberships(
    { group_id: group.id, ...(status ? { status } : {}) },
    { order: { created_at: "ASC", id: "ASC" }, take: limit, skip: offset }
  )
  const members = rows.length ? await community.listCommunityMembers({ id: rows.map((r) => r.member_id) }) : []
  const memberOf = new Map(members.map((m) => [m.id, m]))
  res.json({
    memberships: rows.map((r) => {
      const m = memberOf.get(r.member_id)
      return { id: r.id, status: r.status, role: r.role, created_at: r.created_at, member: m ? { ...presentAuthor(m as never), status: m.status } : null }
    }),
    count,
    limit,
    offset,
  })
}

/** Staff invite a member to the group (one who already asked is approved); logged. */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteToGroupType>, res: MedusaResponse) {
  const { result } = await decideGroupMembershipWorkflow(req.scope).run({
    input: { group_id: req.params.id, member_id: req.validatedBody.member_id, action: "invite", actor_type: "staff", actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ membership: { id: result.id, member_id: result.member_id, status: result.status, role: result.role } })
}
