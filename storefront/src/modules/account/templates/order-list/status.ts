import { formatDate } from "@/lib/util/dates"

type OrderStatuses = { status?: string | null; payment_status?: string | null; fulfillment_status?: string | null }

/** Medusa's status codes as words: `not_fulfilled` → "Not fulfilled". */
export function statusLabel(status: string | null | undefined): string {
  if (!status) return "Unknown"
  const words = status.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const DELIVERY: Record<string, string> = {
  not_fulfilled: "Awaiting shipment",
  partially_fulfilled: "Being packed",
  fulfilled: "Packed, awaiting shipment",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  // Ebooks and courses are delivered the moment the order is placed; print copies follow.
  partially_delivered: "Partly delivered: the rest is on its way",
  delivered: "Delivered",
  canceled: "Cancelled",
}

const PAYMENT: Record<string, string> = {
  captured: "Paid",
  authorized: "Paid",
  partially_refunded: "Partly refunded",
  refunded: "Refunded",
  canceled: "Cancelled",
  not_paid: "Awaiting payment",
  awaiting: "Awaiting payment",
  requires_action: "Awaiting payment",
}

/** Where the order's items are, in the reader's words. */
export const deliveryLabel = (status: string | null | undefined) => (status && DELIVERY[status]) || statusLabel(status)

/** Where the order's payment stands, in the reader's words. */
export const paymentLabel = (status: string | null | undefined) => (status && PAYMENT[status]) || statusLabel(status)

/**
 * How far the order has got, in one word or two: cancelled or refunded
 * first, else where its items are ("Delivered" for a paid ebook or course
 * order, which completes itself).
 */
export function orderProgress(order: OrderStatuses): string {
  if (order.status === "canceled") return "Cancelled"
  if (order.payment_status === "refunded") return "Refunded"
  return deliveryLabel(order.fulfillment_status)
}

/** "6 Dec 2026", as every date in the shop. */
export const orderDate = (iso: string | Date | null | undefined) => formatDate(iso)
