import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, likePattern } from "../../../store/community/read"
import type { AdminListMembersType } from "../validators"
import { customerIdsByEmail, presentAdminMembers } from "./present"

/** Members for staff, newest first: searched by display name or email, filtered by status and role, with their activity. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMembersType>, res: MedusaResponse) {
  const { q, status, role, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = { ...(status ? { status } : {}), ...(role ? { role } : {}) }
  if (q) {
    const byEmail = await customerIdsByEmail(req.scope, likePattern(q))
    filters.$or = [{ display_name: { $ilike: likePattern(q) } }, ...(byEmail.length ? [{ customer_id: byEmail }] : [])]
  }
  const [rows, count] = await communityOf(req.scope).listAndCountCommunityMembers(filters, {
    order: { joined_at: "DESC", id: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ members: await presentAdminMembers(req.scope, rows), count, limit, offset })
}
