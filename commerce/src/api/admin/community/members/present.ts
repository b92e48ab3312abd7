import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { Member } from "../../../../modules/community/models/member"
import { communityOf, presentBadge } from "../../../store/community/read"

type MemberRow = InferTypeOf<typeof Member>

/**
 * Members as staff see them: the customer's email beside the display name,
 * what each has done (posts, replies, reports against them, last active) and
 * their badges with staff notes, read for the whole page at once.
 */
export async function presentAdminMembers(scope: MedusaContainer, members: MemberRow[]) {
  if (!members.length) return []
  const ids = members.map((m) => m.id)
  const [activity, customers, badges] = await Promise.all([
    communityOf(scope).memberActivity(ids),
    scope.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "email", "first_name", "last_name"] }),
    communityOf(scope).listCommunityBadges({ member_id: ids }, { order: { awarded_at: "ASC", id: "ASC" }, take: null }),
  ])
  const activityOf = new Map(activity.map((a) => [a.member_id, a]))
  const customerOf = new Map(customers.map((c) => [c.id, c]))
  return members.map((m) => {
    const { member_id, ...counts } = activityOf.get(m.id) ?? { member_id: m.id, discussions: 0, replies: 0, reports_against: 0, open_reports_against: 0, last_active_at: null }
    const customer = customerOf.get(m.customer_id)
    return {
      id: m.id,
      display_name: m.display_name,
      email: customer?.email ?? null,
      customer_id: m.customer_id,
      role: m.role,
      status: m.status,
      joined_at: m.joined_at,
      avatar_url: m.avatar_url ?? null,
      activity: counts,
      badges: badges
        .filter((b) => b.member_id === m.id)
        .map((b) => ({ ...presentBadge(b), note: b.note ?? null, awarded_by: b.awarded_by ?? null })),
    }
  })
}

/** Customers whose email contains `q`, at most 500 (a search that broad should be narrowed). */
export async function customerIdsByEmail(scope: MedusaContainer, pattern: string) {
  const customers = await scope.resolve(Modules.CUSTOMER).listCustomers({ email: { $ilike: pattern } }, { select: ["id"], take: 500 })
  return customers.map((c) => c.id)
}
