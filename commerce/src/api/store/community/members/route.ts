import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { groupAccessOf } from "../../../../modules/community/lib/group-access"
import { joinCommunityWorkflow } from "../../../../workflows/community/join-community"
import { groupByIdOrSlug } from "../groups/present"
import { communityOf, likePattern, viewerOf } from "../read"
import type { StoreJoinCommunityType, StoreListMembersType } from "../validators"
import { customersWhoTook } from "./courses"
import { decodeCursor, encodeCursor, presentDirectoryMember } from "./directory"
import { presentMember } from "./present"

/**
 * The member directory, by name: active members who are not hidden from it,
 * searched by display name, filtered by a badge they show, a course they
 * took or an interest group they are in (only members who show their
 * courses / groups), paged by cursor. A private group's members are listed
 * by group only to its members: to anyone else it is a 404, as on its page.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMembersType>, res: MedusaResponse) {
  const { q, badge, course, group, cursor, limit } = req.validatedQuery
  const community = communityOf(req.scope)
  const groupId = group ? await readableGroupId(req, group) : undefined
  const rows = await community.listDirectoryMembers({
    q: q ? likePattern(q) : undefined,
    badge,
    customer_ids: course ? await customersWhoTook(req.scope, course) : undefined,
    group_id: groupId,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit,
  })
  const page = rows.slice(0, limit)
  res.json({
    members: page.map(presentDirectoryMember),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  })
}

/** The group (by id or slug) whose members the reader may list, or 404. */
async function readableGroupId(req: AuthenticatedMedusaRequest, idOrSlug: string) {
  const community = communityOf(req.scope)
  const found = await groupByIdOrSlug(community, idOrSlug)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  if (!(await groupAccessOf(community, found.id, viewer?.id ?? null)).read) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Group ${idOrSlug} was not found`)
  }
  return found.id
}

/** The signed-in customer joins: their member profile (once; a second join is 409). */
export async function POST(req: AuthenticatedMedusaRequest<StoreJoinCommunityType>, res: MedusaResponse) {
  const { result } = await joinCommunityWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ member: presentMember(result, true) })
}
