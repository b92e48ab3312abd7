import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { toBackendError } from "../util/errors"
import { authHeaders } from "./cookies"

const LIST_FIELDS = "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,items.id,items.quantity"
const DETAIL_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "payment_status",
  "fulfillment_status",
  "customer_id",
  "email",
  "currency_code",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "discount_total",
  // A cancelled or refunded order's refunds, as Medusa takes them off its total.
  "credit_line_total",
  "total",
  "items.id",
  "items.title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.thumbnail",
  "items.variant_title",
  "items.product_title",
  "items.product_handle",
  // How far each line has got (see lineAwareFulfillmentStatus).
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.delivered_quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.country_code",
].join(",")

const privateFetch = privateFetchOptions

export const ORDERS_PAGE_SIZE = 10

/** The signed-in customer's orders, newest first, paged by Medusa. */
export async function listOrders(page = 1): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await storeFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: LIST_FIELDS, order: "-created_at", limit: ORDERS_PAGE_SIZE, offset: (page - 1) * ORDERS_PAGE_SIZE },
    headers: await authHeaders(),
    ...privateFetch(),
  })
  return { orders, count }
}

/**
 * One order, only if it belongs to `customerId`. Medusa serves any order to
 * whoever knows its id, so ownership is checked here; someone else's order
 * is reported as missing, not as forbidden.
 */
export async function retrieveOrder(orderId: string, customerId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await storeFetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: DETAIL_FIELDS },
      headers: await authHeaders(),
      ...privateFetch(),
    })
    return order.customer_id === customerId ? { ...order, fulfillment_status: lineAwareFulfillmentStatus(order) } : null
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/** One moment of an order's life, from commerce's GET /store/orders/:id/timeline. */
export type OrderTimelineEvent = {
  kind: "placed" | "paid" | "shipped" | "delivered" | "refunded" | "cancelled"
  at: string
  amount?: number
  fulfillment_id?: string
  digital?: boolean
}

/** A parcel that left, with its tracking; `url` is set only for an http(s) address. */
export type OrderShipment = {
  id: string
  method: string | null
  shipped_at: string | null
  delivered_at: string | null
  tracking: { number: string; url: string | null }[]
}

export type OrderTimeline = {
  order_id: string
  currency_code: string
  events: OrderTimelineEvent[]
  shipments: OrderShipment[]
  cancellation: { allowed: true } | { allowed: false; reason: "cancelled" | "completed" | "digital" | "shipped" | "preparing"; message: string }
}

/** The signed-in owner's order as it went (commerce answers 404 for anyone else's): timeline, shipments, whether it can be cancelled. */
export async function retrieveOrderTimeline(orderId: string): Promise<OrderTimeline | null> {
  try {
    const { timeline } = await storeFetch<{ timeline: OrderTimeline }>(`/store/orders/${encodeURIComponent(orderId)}/timeline`, {
      headers: await authHeaders(),
      ...privateFetch(),
    })
    return timeline
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/** Cancels the signed-in owner's order; commerce refunds it and answers with the new timeline, or 409 with why not. */
export async function cancelOrder(orderId: string): Promise<OrderTimeline> {
  const { timeline } = await storeFetch<{ timeline: OrderTimeline }>(`/store/orders/${encodeURIComponent(orderId)}/cancel`, {
    method: "POST",
    headers: await authHeaders(),
    ...privateFetch(),
  })
  return timeline
}

type LineProgress = { detail?: { quantity?: unknown; fulfilled_quantity?: unknown; delivered_quantity?: unknown } | null }

/**
 * The order's fulfilment status, checked against its lines. Medusa 2.21's
 * GET /store/orders/:id works it out without the line quantities, so an order
 * whose ebook was delivered online while its paperback still waits reads
 * "delivered" there (its order list says "partially_delivered"): a line
 * delivered or fulfilled short of its quantity makes it partial again.
 */
export function lineAwareFulfillmentStatus(order: Pick<HttpTypes.StoreOrder, "fulfillment_status"> & { items?: LineProgress[] | null }) {
  const status = order.fulfillment_status
  const lines = (order.items ?? []).map((item) => item.detail).filter((detail): detail is NonNullable<LineProgress["detail"]> => !!detail)
  const short = (done: "delivered_quantity" | "fulfilled_quantity") => lines.some((line) => Number(line[done] ?? 0) < Number(line.quantity ?? 0))
  if (status === "delivered" && short("delivered_quantity")) return "partially_delivered"
  if ((status === "shipped" || status === "fulfilled") && short("fulfilled_quantity")) return `partially_${status}` as typeof status
  return status
}

/** A line as a confirmation page shows it; `kind` says how it reaches the reader. */
export type ConfirmationItem = {
  id: string
  title: string | null
  product_title: string | null
  variant_title: string | null
  product_handle: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
  requires_shipping: boolean
  kind: "print" | "ebook" | "course"
}

/** What commerce's GET /store/order-confirmations/:id answers. */
export type OrderConfirmation = {
  order: {
    id: string
    display_id: number
    email: string | null
    created_at: string
    status: string
    payment_status: string | null
    fulfillment_status: string | null
    currency_code: string
    has_account: boolean
    items: ConfirmationItem[]
    item_subtotal: number
    shipping_total: number
    discount_total: number
    tax_total: number
    total: number
    shipping_address: HttpTypes.StoreOrderAddress | null
    shipping_methods: { name: string }[]
  }
  /**
   * A guest's ebooks: each link opens a fresh download while the order pays
   * for it; `formats` has the same link once per format the ebook has.
   */
  ebooks: {
    item_id: string
    title: string
    url: string
    expires_at: string
    formats?: { format: "epub" | "pdf"; url: string; is_default: boolean }[]
  }[]
  courses: { item_id: string; title: string; handle: string; first_lesson_id: string | null }[]
}

export type ConfirmationLookup =
  | { kind: "found"; confirmation: OrderConfirmation }
  /** The emailed link is genuine but past its 30 days. */
  | { kind: "expired" }
  /** The emailed link is not one commerce signed for this order. */
  | { kind: "invalid" }
  /** No order this visitor may see. */
  | { kind: "missing" }

/**
 * An order's confirmation page, from commerce, which decides who may see it:
 * the holder of the guest's emailed `token`, the signed-in customer it
 * belongs to (their session is sent along), or this browser when it placed
 * a guest order from `cartId`.
 */
export async function retrieveOrderConfirmation(orderId: string, proof: { token?: string; cartId?: string }): Promise<ConfirmationLookup> {
  const query: Record<string, string> = proof.token ? { token: proof.token } : proof.cartId ? { cart_id: proof.cartId } : {}
  try {
    const confirmation = await storeFetch<OrderConfirmation>(`/store/order-confirmations/${encodeURIComponent(orderId)}`, {
      query,
      headers: await authHeaders(),
      ...privateFetch(),
    })
    return { kind: "found", confirmation }
  } catch (error) {
    const { status } = toBackendError("commerce", error)
    if (status === 410) return { kind: "expired" }
    if (proof.token && (status === 403 || status === 404 || status === 400)) return { kind: "invalid" }
    if (status === 404 || status === 400) return { kind: "missing" }
    throw error
  }
}
