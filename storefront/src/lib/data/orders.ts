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
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.country_code",
].join(",")

/** The confirmation page also tells ebooks from print copies, and names the delivery. */
// Medusa's store order route returns the address only for the whole relation.
const CONFIRMATION_FIELDS = [DETAIL_FIELDS, "items.requires_shipping", "shipping_methods.name", "*shipping_address"].join(",")

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
    return order.customer_id === customerId ? order : null
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/**
 * An order for its confirmation page, only for its buyer: the signed-in
 * customer it belongs to, or this browser when it has just placed it
 * (`placedHere`, from the signed order cookie). Anyone else, even knowing
 * the id, gets null, and so a 404.
 */
export async function retrieveOrderForBuyer(
  orderId: string,
  buyer: { customerId: string | null; placedHere: boolean }
): Promise<HttpTypes.StoreOrder | null> {
  if (!buyer.customerId && !buyer.placedHere) return null
  try {
    const { order } = await storeFetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: CONFIRMATION_FIELDS },
      headers: await authHeaders(),
      ...privateFetch(),
    })
    const owns = buyer.customerId !== null && order.customer_id === buyer.customerId
    return owns || buyer.placedHere ? order : null
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}
