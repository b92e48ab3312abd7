import "server-only"
import { HttpError } from "../util/errors"
import { vendorFetch } from "./vendor-portal"

export const VENDOR_ORDER_FILTERS = ["to_ship", "sent", "canceled"] as const
export type VendorOrderFilter = (typeof VENDOR_ORDER_FILTERS)[number]

export type VendorOrderLine = {
  id: string
  title: string
  variant: string | null
  sku: string | null
  thumbnail: string | null
  kind: "print" | "digital"
  quantity: number
  unit_price: number
  total: number
  fulfillment_status: string
  shipped_quantity: number
  left_to_ship: number
}

/** An order as the vendor sees it: only its own lines and parcels, and the shipping address when a line of theirs ships. */
export type VendorOrder = {
  id: string
  display_id: number
  created_at: string
  currency_code: string
  order_status: string
  status: VendorOrderFilter
  payment_status: string
  lines: VendorOrderLine[]
  total: number
  ship_to: {
    name: string
    company: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    country_code: string | null
    phone: string | null
  } | null
  shipments: { id: string; created_at: string; shipped_at: string | null; delivered_at: string | null; carrier: string | null; tracking_numbers: string[]; items: { line_item_id: string; quantity: number }[] }[]
}

export const VENDOR_ORDERS_PAGE_SIZE = 20

/** A page of the signed-in vendor's orders, newest first, optionally only those in one state. */
export async function listVendorOrders(page = 1, status?: VendorOrderFilter): Promise<{ orders: VendorOrder[]; count: number }> {
  const query = new URLSearchParams({ limit: String(VENDOR_ORDERS_PAGE_SIZE), offset: String((page - 1) * VENDOR_ORDERS_PAGE_SIZE) })
  if (status) query.set("status", status)
  return vendorFetch(`/vendors/me/orders?${query}`)
}

/** One of the vendor's orders, or null (commerce answers 404 for any order with none of their lines). */
export async function retrieveVendorOrder(id: string): Promise<VendorOrder | null> {
  try {
    return (await vendorFetch<{ order: VendorOrder }>(`/vendors/me/orders/${encodeURIComponent(id)}`)).order
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null
    throw error
  }
}
