import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, likePattern } from "../../../store/community/read"
import type { AdminListMembersType } from "../validators"

/** Members for staff, by name and status (customer id included, to find the account). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMembersType>, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const filters = { ...(status ? { status } : {}), ...(q ? { display_name: { $ilike: likePattern(q) } } : {}) }
  const [members, count] = await communityOf(req.scope).listAndCountCommunityMembers(filters, {
    order: { joined_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ members, count, limit, offset })
}
