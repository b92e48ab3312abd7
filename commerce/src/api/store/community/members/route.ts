import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { joinCommunityWorkflow } from "../../../../workflows/community/join-community"
import { communityOf, likePattern } from "../read"
import type { StoreJoinCommunityType, StoreListMembersType } from "../validators"
import { customersWhoTook } from "./courses"
import { decodeCursor, encodeCursor, presentDirectoryMember } from "./directory"
import { presentMember } from "./present"

/**
 * The member directory, by name: active members who are not hidden from it,
 * searched by display name, filtered by a badge they show or a course they
 * took (only members who show their courses), paged by cursor.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMembersType>, res: MedusaResponse) {
  const { q, badge, course, cursor, limit } = req.validatedQuery
  const rows = await communityOf(req.scope).listDirectoryMembers({
    q: q ? likePattern(q) : undefined,
    badge,
    customer_ids: course ? await customersWhoTook(req.scope, course) : undefined,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit,
  })
  const page = rows.slice(0, limit)
  res.json({
    members: page.map(presentDirectoryMember),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  })
}

/** The signed-in customer joins: their member profile (once; a second join is 409). */
export async function POST(req: AuthenticatedMedusaRequest<StoreJoinCommunityType>, res: MedusaResponse) {
  const { result } = await joinCommunityWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ member: presentMember(result, true) })
}
