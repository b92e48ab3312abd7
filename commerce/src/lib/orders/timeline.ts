import { toNumber } from "../order-emails"
import { DIGITAL_FULFILLMENT_PROVIDER_ID } from "../../modules/digital-fulfillment"
import { trackingUrl } from "./tracking-url"

type Amount = Parameters<typeof toNumber>[0]
type Moment = string | Date | null | undefined
type Money = { id: string; amount: Amount; created_at?: Moment } | null

/** The order fields a timeline, its shipments and its cancel rule read, for Query. */
export const TIMELINE_ORDER_FIELDS = [
  "id",
  "status",
  "currency_code",
  "created_at",
  "canceled_at",
  "customer_id",
  "items.id",
  "items.variant_id",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
  "fulfillments.id",
  "fulfillments.provider_id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.shipping_option.name",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

export type TimelineOrder = {
  id: string
  status: string
  currency_code: string
  created_at: Moment
  canceled_at?: Moment
  customer_id?: string | null
  items?: ({ id: string; variant_id?: string | null } | null)[] | null
  payment_collections?: ({ payments?: ({ id: string; captures?: Money[] | null; refunds?: Money[] | null } | null)[] | null } | null)[] | null
  fulfillments?: ({
    id: string
    provider_id?: string | null
    shipped_at?: Moment
    delivered_at?: Moment
    canceled_at?: Moment
    shipping_option?: { name?: string | null } | null
    labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  } | null)[] | null
}

export type TimelineEvent = {
  kind: "placed" | "paid" | "shipped" | "delivered" | "refunded" | "cancelled"
  at: string
  /** paid and refunded: how much, in the order's currency. */
  amount?: number
  /** shipped and delivered: which shipment; delivered online (ebooks and courses) when `digital`. */
  fulfillment_id?: string
  digital?: boolean
}

export type Shipment = {
  id: string
  /** The delivery option it went by ("Standard delivery"). */
  method: string | null
  shipped_at: string | null
  delivered_at: string | null
  /** Each parcel's tracking number; `url` only when it is an http(s) address, so no other scheme becomes a link. */
  tracking: { number: string; url: string | null }[]
}

export type CancelRefusal = "cancelled" | "completed" | "digital" | "shipped" | "preparing"
export type Cancellation = { allowed: true } | { allowed: false; reason: CancelRefusal; message: string }

const ORDER_OF_KINDS: TimelineEvent["kind"][] = ["placed", "paid", "shipped", "delivered", "refunded", "cancelled"]

const iso = (moment: Moment): string | null => {
  if (!moment) return null
  const date = moment instanceof Date ? moment : new Date(moment)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const openFulfillments = (order: TimelineOrder) => (order.fulfillments ?? []).filter((f): f is NonNullable<typeof f> => !!f && !f.canceled_at)
const payments = (order: TimelineOrder) => (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).filter((p) => !!p)

/**
 * What happened to an order, oldest first: placed, each capture (paid), each
 * shipment's shipped_at and delivered_at (ebooks and courses are delivered
 * online when the order is placed), each refund, and its cancellation.
 * Events at the same moment keep that order.
 */
export function orderTimeline(order: TimelineOrder): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const push = (event: Omit<TimelineEvent, "at">, at: Moment) => {
    const when = iso(at)
    if (when) events.push({ ...event, at: when })
  }
  push({ kind: "placed" }, order.created_at)
  for (const payment of payments(order)) {
    for (const capture of payment?.captures ?? []) if (capture) push({ kind: "paid", amount: toNumber(capture.amount) }, capture.created_at)
    for (const refund of payment?.refunds ?? []) if (refund) push({ kind: "refunded", amount: toNumber(refund.amount) }, refund.created_at)
  }
  for (const f of openFulfillments(order)) {
    const digital = f.provider_id === DIGITAL_FULFILLMENT_PROVIDER_ID
    if (!digital) push({ kind: "shipped", fulfillment_id: f.id }, f.shipped_at)
    push({ kind: "delivered", fulfillment_id: f.id, digital }, f.delivered_at)
  }
  if (order.status === "canceled") push({ kind: "cancelled" }, order.canceled_at)
  const rank = (e: TimelineEvent) => ORDER_OF_KINDS.indexOf(e.kind)
  return events.sort((a, b) => a.at.localeCompare(b.at) || rank(a) - rank(b))
}

/** The order's print shipments that have left (digital deliveries are not parcels), with their tracking. */
export function orderShipments(order: TimelineOrder): Shipment[] {
  return openFulfillments(order)
    .filter((f) => f.provider_id !== DIGITAL_FULFILLMENT_PROVIDER_ID && !!f.shipped_at)
    .map((f) => ({
      id: f.id,
      method: f.shipping_option?.name ?? null,
      shipped_at: iso(f.shipped_at),
      delivered_at: iso(f.delivered_at),
      tracking: (f.labels ?? []).flatMap((label) =>
        label?.tracking_number ? [{ number: label.tracking_number, url: trackingUrl(label.tracking_url) }] : []
      ),
    }))
}

/**
 * Whether the reader may cancel the order themselves. Only while nothing has
 * left us and nothing was delivered: an order with an ebook or a course is
 * delivered online the moment it is placed, so it never qualifies (staff can
 * still cancel it); nor does one staff have started packing (any fulfilment
 * not cancelled), since Medusa cancels no order with an open fulfilment.
 */
export function cancellation(order: TimelineOrder, digitalVariantIds: Set<string>): Cancellation {
  if (order.status === "canceled") return { allowed: false, reason: "cancelled", message: "This order is already cancelled" }
  if (order.status === "completed" || order.status === "archived") {
    return { allowed: false, reason: "completed", message: "This order is complete and can no longer be cancelled" }
  }
  if ((order.items ?? []).some((item) => !!item?.variant_id && digitalVariantIds.has(item.variant_id))) {
    return { allowed: false, reason: "digital", message: "This order has ebooks or courses, delivered when it was placed, so it cannot be cancelled online" }
  }
  const open = openFulfillments(order)
  if (open.some((f) => f.shipped_at || f.delivered_at)) {
    return { allowed: false, reason: "shipped", message: "This order has shipped and can no longer be cancelled" }
  }
  if (open.length) return { allowed: false, reason: "preparing", message: "This order is being packed and can no longer be cancelled online" }
  return { allowed: true }
}
