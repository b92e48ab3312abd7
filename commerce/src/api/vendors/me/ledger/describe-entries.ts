import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Entry = { order_id: string | null; line_item_id: string | null }

/**
 * A statement's entries with what a vendor recognises them by: the order's
 * number and the line's title (book and format). Only the orders the
 * entries already name are read, and only those two fields.
 */
export async function describeEntries<E extends Entry>(scope: MedusaContainer, entries: E[]) {
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter((id): id is string => !!id))]
  const orders = new Map<string, { display_id: number; lines: Map<string, string> }>()
  if (orderIds.length) {
    const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.product_title", "items.variant_title"],
      filters: { id: orderIds },
    })
    // Query's generated Order type marks display_id and the titles optional; these fields were asked for.
    for (const o of data as unknown as { id: string; display_id: number; items?: { id: string; product_title: string | null; variant_title: string | null }[] }[]) {
      const lines = new Map((o.items ?? []).map((i) => [i.id, [i.product_title, i.variant_title].filter(Boolean).join(" — ")]))
      orders.set(o.id, { display_id: o.display_id, lines })
    }
  }
  return entries.map((e) => {
    const order = e.order_id ? orders.get(e.order_id) : undefined
    return { ...e, order_display_id: order?.display_id ?? null, line_title: (e.line_item_id && order?.lines.get(e.line_item_id)) || null }
  })
}
