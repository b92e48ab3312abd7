import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { toBackendError } from "../util/errors"
import { authHeaders, getCartId } from "./cookies"

/**
 * What the cart page shows. Totals are Medusa's own: the storefront never
 * adds prices up itself.
 */
const CART_FIELDS = [
  "id",
  "region_id",
  "currency_code",
  "customer_id",
  "completed_at",
  "updated_at",
  "total",
  "subtotal",
  "item_subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "items.id",
  "items.title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.thumbnail",
  "items.variant_id",
  // false for an ebook or a course: bought once, so its quantity stays at 1.
  "items.requires_shipping",
  "items.variant_title",
  "items.product_title",
  "items.product_handle",
  "items.created_at",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  // The discount codes applied, each with a Remove button.
  "promotions.code",
].join(",")

/**
 * What checkout reads besides the cart page's fields: who pays, where the
 * books go and how, and the payment sessions started for the cart (their
 * `data` holds the Paystack reference; it never leaves the server).
 */
export const CHECKOUT_FIELDS = [
  CART_FIELDS,
  "email",
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
  "shipping_methods.shipping_option_id",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.data",
].join(",")

/** Just enough to count the items, for the header. */
const COUNT_FIELDS = "id,region_id,completed_at,items.id,items.quantity"

/** Per-visitor data: never stored in Next's data cache, never tagged. */
const privateFetch = privateFetchOptions

type CartBody = { cart: HttpTypes.StoreCart }

async function cartCall(path: string, init: { method?: string; body?: Record<string, unknown>; fields?: string } = {}) {
  const { cart } = await storeFetch<CartBody>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: { fields: init.fields ?? CART_FIELDS },
    headers: await authHeaders(),
    ...privateFetch(),
  })
  return cart
}

/**
 * A cart by id, or null when it is gone or already checked out (a stale
 * cookie must not resurrect an order's cart).
 */
export async function retrieveCart(cartId?: string, fields: string = CART_FIELDS): Promise<HttpTypes.StoreCart | null> {
  const id = cartId ?? (await getCartId())
  if (!id) return null
  try {
    const cart = await cartCall(`/store/carts/${encodeURIComponent(id)}`, { fields })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/** The visitor's cart with only item quantities, for the header count. */
export function retrieveCartForCount(): Promise<HttpTypes.StoreCart | null> {
  return retrieveCart(undefined, COUNT_FIELDS)
}

/** How many books the cart holds: the sum of its quantities. */
export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
}

/** A new cart in a region; a signed-in customer's token makes it theirs. */
export function createCart(regionId: string): Promise<HttpTypes.StoreCart> {
  return cartCall("/store/carts", { method: "POST", body: { region_id: regionId } })
}

export function addLineItem(cartId: string, variantId: string, quantity: number): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
    method: "POST",
    body: { variant_id: variantId, quantity },
  })
}

export function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, {
    method: "POST",
    body: { quantity },
  })
}

export async function deleteLineItem(cartId: string, lineId: string): Promise<HttpTypes.StoreCart> {
  const { parent } = await storeFetch<{ parent: HttpTypes.StoreCart }>(
    `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`,
    { method: "DELETE", query: { fields: CART_FIELDS }, headers: await authHeaders(), ...privateFetch() }
  )
  return parent
}

/** Moves a cart to another region; Medusa re-prices every line in its currency. */
export function updateCartRegion(cartId: string, regionId: string): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}`, { method: "POST", body: { region_id: regionId } })
}

/** Gives a guest cart to the customer whose token is passed. */
export async function transferCart(cartId: string, token: string): Promise<HttpTypes.StoreCart> {
  const { cart } = await storeFetch<CartBody>(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
    method: "POST",
    query: { fields: COUNT_FIELDS },
    headers: { authorization: `Bearer ${token}` },
    ...privateFetch(),
  })
  return cart
}

export type VariantStock = { title: string; available: number | null }

/**
 * How many of a format can still be sold, for the message shown when Medusa
 * refuses a quantity (its error does not say). `available` is null when
 * stock is not tracked for the variant.
 */
export async function retrieveVariantStock(variantId: string): Promise<VariantStock | null> {
  try {
    const { variant } = await storeFetch<{ variant: HttpTypes.StoreProductVariant }>(
      `/store/product-variants/${encodeURIComponent(variantId)}`,
      { query: { fields: "id,title,+inventory_quantity" }, ...privateFetch() }
    )
    const available = variant.manage_inventory ? (variant.inventory_quantity ?? 0) : null
    return { title: variant.title ?? "This format", available }
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/**
 * The visitor's cart, priced for `regionId`: a cart made under another
 * country (the shopper switched, or followed a link) is moved there first.
 */
export async function retrieveCartInRegion(regionId: string, fields: string = CART_FIELDS): Promise<HttpTypes.StoreCart | null> {
  const cart = await retrieveCart(undefined, fields)
  if (!cart || cart.region_id === regionId) return cart
  try {
    return await cartCall(`/store/carts/${encodeURIComponent(cart.id)}`, { method: "POST", body: { region_id: regionId }, fields })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status !== 400) throw error
    // A line not sold in the new region: show the cart as it stands rather than nothing.
    console.error(`[cart] could not move cart ${cart.id} to region ${regionId}: ${message}`)
    return cart
  }
}

export type CartUpdate = {
  email?: string
  shipping_address?: Record<string, string | null>
}

/** Sets the cart's email or delivery address; Medusa re-prices and drops delivery methods the address no longer allows. */
export function updateCart(cartId: string, update: CartUpdate): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}`, { method: "POST", body: update, fields: CHECKOUT_FIELDS })
}

/** Chooses how the books are delivered; the option replaces any chosen before. */
export function addShippingMethod(cartId: string, optionId: string): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    fields: CHECKOUT_FIELDS,
  })
}

/**
 * Turns a paid cart into an order. Medusa runs this once per cart: asked
 * again (the Paystack webhook got there first, the shopper reloaded), it
 * answers with the same order. A payment it could not authorise comes back
 * as `type: "cart"` or a 400.
 */
export async function completeCart(cartId: string): Promise<HttpTypes.StoreCompleteCartResponse> {
  return storeFetch<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
    method: "POST",
    query: { fields: "id,display_id" },
    headers: await authHeaders(),
    ...privateFetch(),
  })
}

/**
 * Applies discount codes to the cart. Commerce answers 400 saying why a code
 * cannot be used; a code it takes but that fits no line is simply missing
 * from the cart's promotions afterwards.
 */
export function addPromotionCodes(cartId: string, codes: string[], fields: string = CART_FIELDS): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/promotions`, { method: "POST", body: { promo_codes: codes }, fields })
}

/** Takes discount codes off the cart; Medusa re-prices it. */
export function removePromotionCodes(cartId: string, codes: string[], fields: string = CART_FIELDS): Promise<HttpTypes.StoreCart> {
  return cartCall(`/store/carts/${encodeURIComponent(cartId)}/promotions`, { method: "DELETE", body: { promo_codes: codes }, fields })
}
