import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { STOCK_ALERTS_MODULE } from "../../modules/stock-alerts"
import type StockAlertsModuleService from "../../modules/stock-alerts/service"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"
import { isOptedOut } from "../lifecycle/opt-out"

const ADDRESS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]
const ORDER_FIELDS = [
  "id", "display_id", "created_at", "status", "email", "currency_code", "total", "subtotal", "shipping_total", "tax_total", "discount_total",
  "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
  ...ADDRESS.map((f) => `shipping_address.${f}`),
  ...ADDRESS.map((f) => `billing_address.${f}`),
]

/**
 * Everything the shop keeps about one customer, read only by their id (and
 * their community member's id): profile, addresses, orders, enrollments and
 * lesson progress, community posts, wishlist, back-in-stock requests and the
 * marketing-email choice. The storefront's download adds what the cms keeps
 * (event RSVPs, newsletter status).
 */
export async function exportCustomerData(scope: MedusaContainer, customerId: string, now = new Date()) {
  const customer = await scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["addresses"] })
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { customer_id: customerId } })

  const courses = scope.resolve<CoursesModuleService>(COURSES_MODULE)
  const enrollments = await courses.listEnrollments({ customer_id: customerId }, { relations: ["course", "progress"] })

  const community = scope.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const [member] = await community.listCommunityMembers({ customer_id: customerId })
  const discussions = member ? await community.listCommunityDiscussions({ author_id: member.id }, { order: { created_at: "ASC" } }) : []
  const replies = member ? await community.listCommunityReplies({ author_id: member.id }, { relations: ["discussion"], order: { created_at: "ASC" } }) : []

  const wishlist = await scope.resolve<WishlistModuleService>(WISHLIST_MODULE).listWishlistItems({ customer_id: customerId })
  const restock = await scope.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE).listRestockRequests({ customer_id: customerId })
  const db = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  return {
    exported_at: now.toISOString(),
    profile: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
      phone: customer.phone,
      company_name: customer.company_name,
      created_at: customer.created_at,
    },
    addresses: (customer.addresses ?? []).map((a) => ({ id: a.id, ...pick(a, ADDRESS) })),
    orders,
    enrollments: enrollments.map((e) => ({
      id: e.id,
      course: { title: e.course?.title, handle: e.course?.handle },
      status: e.status,
      enrolled_at: e.enrolled_at,
      completed_at: e.completed_at,
      lessons_completed: (e.progress ?? []).map((p) => ({ lesson_id: p.lesson_id, completed_at: p.completed_at })),
    })),
    community: member
      ? {
          member: pick(member, ["display_name", "bio", "avatar_url", "joined_at", "notify_on_reply"]),
          discussions: discussions.map((d) => pick(d, ["id", "title", "body", "created_at"])),
          replies: replies.map((r) => ({ ...pick(r, ["id", "body", "created_at"]), discussion_id: r.discussion?.id })),
        }
      : null,
    wishlist: wishlist.map((w) => pick(w, ["product_id", "created_at"])),
    back_in_stock_requests: restock.map((r) => pick(r, ["variant_id", "email", "created_at"])),
    marketing: { opt_out: customer.email ? await isOptedOut(db, customer.email) : false },
  }
}

function pick<T extends object>(source: T, keys: string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>
  return Object.fromEntries(keys.map((k) => [k, record[k] ?? null]))
}
