import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ReviewRow = { customer_id: string; product_id: string; hidden_by: string | null } & Record<string, unknown>

/** Reviews as staff see them: each with its product's title and handle, the reader's email, and who hid it. */
export async function presentForStaff(container: MedusaContainer, reviews: ReviewRow[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = (key: "customer_id" | "product_id" | "hidden_by") =>
    [...new Set(reviews.map((r) => r[key]).filter((v): v is string => !!v && v !== "system"))]
  const [customers, products, users] = await Promise.all([
    ids("customer_id").length ? query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: ids("customer_id") } }) : { data: [] },
    ids("product_id").length ? query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: ids("product_id") } }) : { data: [] },
    ids("hidden_by").length ? query.graph({ entity: "user", fields: ["id", "email"], filters: { id: ids("hidden_by") } }) : { data: [] },
  ])
  const byId = <T extends { id: string }>(rows: unknown[]) => new Map((rows as T[]).map((r) => [r.id, r]))
  const c = byId<{ id: string; email: string }>(customers.data)
  const p = byId<{ id: string; title: string; handle: string }>(products.data)
  const u = byId<{ id: string; email: string }>(users.data)
  return reviews.map((r) => ({
    ...r,
    customer: c.get(r.customer_id) ?? null,
    product: p.get(r.product_id) ?? null,
    hidden_by_email: r.hidden_by ? (r.hidden_by === "system" ? "system (order refunded or cancelled)" : u.get(r.hidden_by)?.email ?? null) : null,
  }))
}
