import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ReviewRow = {
  id: string
  product_id: string
  customer_id: string
  rating: number
  title: string | null
  body: string
  verified_purchase: boolean
  status: string
  created_at: Date | string
  updated_at: Date | string
}

/** "Ada O.": a reader's first name and last initial, all a public page shows of them. */
export function readerName(customer: { first_name?: string | null; last_name?: string | null } | undefined): string {
  const first = customer?.first_name?.trim()
  const initial = customer?.last_name?.trim().charAt(0)
  if (!first) return "A reader"
  return initial ? `${first} ${initial.toUpperCase()}.` : first
}

/** Reviews as the store shows them: no customer id, the reader's short name instead. */
export async function presentReviews(container: MedusaContainer, reviews: ReviewRow[]) {
  const ids = [...new Set(reviews.map((r) => r.customer_id))]
  const { data } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id", "first_name", "last_name"], filters: { id: ids } })
    : { data: [] }
  const customers = new Map((data as { id: string; first_name: string | null; last_name: string | null }[]).map((c) => [c.id, c]))
  return reviews.map((r) => ({
    id: r.id,
    product_id: r.product_id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    verified_purchase: r.verified_purchase,
    status: r.status,
    reader_name: readerName(customers.get(r.customer_id)),
    created_at: r.created_at,
    updated_at: r.updated_at,
  }))
}
