import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import type { Knex } from "knex"
import VendorProductLink from "../../links/vendor-product"
import type { VendorOrderStatus } from "./vendor-order-status"

/**
 * Orders holding at least one line of the vendor's products (through the
 * vendor↔product link and the line's product_id, at the order's current
 * version), newest first, one page, with how many there are in all. Placed
 * orders only (no drafts). `status` narrows to the vendor's own lines:
 * `to_ship` (a print copy of theirs not yet fulfilled), `sent` (nothing of
 * theirs left to send) or `canceled`.
 */
export async function findVendorOrderIds(
  scope: MedusaContainer,
  vendorId: string,
  filter: { status?: VendorOrderStatus; order_id?: string; limit: number; offset: number }
): Promise<{ ids: string[]; count: number }> {
  const db = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `WITH mine AS (
       SELECT o.id, o.created_at, o.status,
              bool_or(li.requires_shipping AND oi.fulfilled_quantity < oi.quantity) AS to_ship
         FROM marketplace_vendor_product_product vp
         JOIN order_line_item li ON li.product_id = vp.product_id AND li.deleted_at IS NULL
         JOIN order_item oi ON oi.item_id = li.id AND oi.deleted_at IS NULL
         JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version
        WHERE vp.vendor_id = :vendor_id AND vp.deleted_at IS NULL
          AND o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft'
          AND (CAST(:order_id AS text) IS NULL OR o.id = :order_id)
        GROUP BY o.id, o.created_at, o.status
     )
     SELECT id, COUNT(*) OVER ()::int AS count
       FROM mine
      WHERE CASE CAST(:status AS text)
              WHEN 'canceled' THEN status = 'canceled'
              WHEN 'to_ship' THEN status <> 'canceled' AND to_ship
              WHEN 'sent' THEN status <> 'canceled' AND NOT to_ship
              ELSE true
            END
      ORDER BY created_at DESC, id DESC
      LIMIT :limit OFFSET :offset`,
    { vendor_id: vendorId, order_id: filter.order_id ?? null, status: filter.status ?? null, limit: filter.limit, offset: filter.offset }
  )
  const found = rows as { id: string; count: number }[]
  return { ids: found.map((r) => r.id), count: found[0]?.count ?? 0 }
}

/** What the vendor portal reads of an order: never the customer's account, email or the other lines. */
const VENDOR_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  // Asking for the order's total makes the order module compute the lines' totals (never shown: only the vendor's lines are).
  "total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.requires_shipping",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.phone",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

type Amount = number | string | { toString(): string } | null | undefined
const num = (v: Amount) => Number(v?.toString() ?? 0)

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  status: string
  currency_code: string
  items: {
    id: string
    title: string
    product_id: string | null
    product_title: string | null
    variant_title: string | null
    variant_sku: string | null
    thumbnail: string | null
    quantity: Amount
    unit_price: Amount
    total: Amount
    requires_shipping: boolean
    detail?: { quantity?: Amount; fulfilled_quantity?: Amount; shipped_quantity?: Amount; delivered_quantity?: Amount } | null
  }[]
  shipping_address?: Record<string, string | null> | null
  payment_collections?: unknown[]
  fulfillments?: {
    id: string
    created_at: string | Date
    shipped_at: string | Date | null
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    metadata: Record<string, unknown> | null
    labels?: { tracking_number: string }[] | null
    items?: { line_item_id: string | null; quantity: Amount }[] | null
  }[]
}
type LineRow = OrderRow["items"][number]

/** Where one line stands, in Medusa's words for an order's fulfilment status. */
export function lineFulfillmentStatus(line: Pick<LineRow, "quantity" | "detail">): string {
  const d = line.detail ?? {}
  const quantity = num(d.quantity ?? line.quantity)
  if (num(d.delivered_quantity) >= quantity) return "delivered"
  if (num(d.shipped_quantity) >= quantity) return "shipped"
  if (num(d.shipped_quantity) > 0) return "partially_shipped"
  if (num(d.fulfilled_quantity) >= quantity) return "fulfilled"
  if (num(d.fulfilled_quantity) > 0) return "partially_fulfilled"
  return "not_fulfilled"
}

/** Copies of a print line not yet fulfilled (an ebook or course line has none to ship). */
export const leftToShip = (line: Pick<LineRow, "quantity" | "detail" | "requires_shipping">) =>
  line.requires_shipping ? Math.max(0, num(line.detail?.quantity ?? line.quantity) - num(line.detail?.fulfilled_quantity)) : 0

const presentLine = (line: LineRow) => ({
  id: line.id,
  title: line.product_title ?? line.title,
  variant: line.variant_title,
  sku: line.variant_sku,
  thumbnail: line.thumbnail,
  kind: line.requires_shipping ? ("print" as const) : ("digital" as const),
  quantity: num(line.quantity),
  unit_price: num(line.unit_price),
  total: num(line.total),
  fulfillment_status: lineFulfillmentStatus(line),
  shipped_quantity: num(line.detail?.shipped_quantity),
  left_to_ship: leftToShip(line),
})

/**
 * The order as the vendor sees it: only its own lines, their fulfilment, and
 * its own parcels; of the buyer only what shipping needs — the name and the
 * shipping address (with the address's phone, which couriers call) when a
 * line of theirs ships, nothing at all for ebooks and courses. Never the
 * buyer's email, account or the rest of the order.
 */
export function presentVendorOrder(order: OrderRow, productIds: Set<string>) {
  const lines = order.items.filter((i) => !!i.product_id && productIds.has(i.product_id))
  const lineIds = new Set(lines.map((l) => l.id))
  const printIds = new Set(lines.filter((l) => l.requires_shipping).map((l) => l.id))
  const ships = printIds.size > 0
  const a = order.shipping_address
  const status: VendorOrderStatus = order.status === "canceled" ? "canceled" : lines.some((l) => leftToShip(l) > 0) ? "to_ship" : "sent"
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    currency_code: order.currency_code,
    order_status: order.status,
    status,
    payment_status: getLastPaymentStatus({ ...order, payment_collections: order.payment_collections ?? [] } as never),
    lines: lines.map(presentLine),
    total: lines.reduce((t, l) => t + num(l.total), 0),
    ship_to:
      ships && a
        ? {
            name: [a.first_name, a.last_name].filter(Boolean).join(" "),
            company: a.company ?? null,
            address_1: a.address_1 ?? null,
            address_2: a.address_2 ?? null,
            city: a.city ?? null,
            province: a.province ?? null,
            postal_code: a.postal_code ?? null,
            country_code: a.country_code ?? null,
            phone: a.phone ?? null,
          }
        : null,
    shipments: (order.fulfillments ?? [])
      // Parcels: fulfilments holding a print line of theirs (ebooks and courses are fulfilled online, with no parcel).
      .filter((f) => !f.canceled_at && (f.items ?? []).some((i) => !!i.line_item_id && printIds.has(i.line_item_id)))
      .map((f) => ({
        id: f.id,
        created_at: f.created_at,
        shipped_at: f.shipped_at,
        delivered_at: f.delivered_at,
        carrier: typeof f.metadata?.carrier === "string" ? f.metadata.carrier : null,
        tracking_numbers: (f.labels ?? []).map((l) => l.tracking_number).filter(Boolean),
        items: (f.items ?? []).filter((i) => !!i.line_item_id && lineIds.has(i.line_item_id)).map((i) => ({ line_item_id: i.line_item_id!, quantity: num(i.quantity) })),
      })),
  }
}
export type VendorOrder = ReturnType<typeof presentVendorOrder>

/** The vendor's product ids (the link), for picking their lines out of an order. */
export async function vendorProductIdSet(scope: MedusaContainer, vendorId: string): Promise<Set<string>> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: VendorProductLink.entryPoint, fields: ["product_id"], filters: { vendor_id: vendorId } })
  return new Set((data as { product_id: string }[]).map((l) => l.product_id))
}

/** The orders named, in that order, as the vendor sees them. */
export async function loadVendorOrders(scope: MedusaContainer, vendorId: string, ids: string[]): Promise<VendorOrder[]> {
  if (!ids.length) return []
  const [{ data }, products] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: VENDOR_ORDER_FIELDS, filters: { id: ids } }),
    vendorProductIdSet(scope, vendorId),
  ])
  const byId = new Map((data as unknown as OrderRow[]).map((o) => [o.id, o]))
  return ids.flatMap((id) => (byId.has(id) ? [presentVendorOrder(byId.get(id)!, products)] : []))
}

/** One order of the vendor's: the same 404 for an order with none of their lines, another vendor's, or none. */
export async function retrieveVendorOrder(scope: MedusaContainer, vendorId: string, orderId: string): Promise<VendorOrder> {
  const { ids } = await findVendorOrderIds(scope, vendorId, { order_id: orderId, limit: 1, offset: 0 })
  const [order] = await loadVendorOrders(scope, vendorId, ids)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order of yours with id ${orderId}`)
  return order
}
