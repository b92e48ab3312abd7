"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import {
  addLineItem,
  cartItemCount,
  createCart,
  deleteLineItem,
  retrieveCart,
  retrieveVariantStock,
  updateCartRegion,
  updateLineItem,
} from "../data/cart"
import { getCartId, setCartId } from "../data/cookies"
import { retrieveRegionForCountry } from "../data/regions"
import { toBackendError } from "../util/errors"
import { digitalGoodsRefusal, isInsufficientInventory, parseQuantity, stockMessage } from "./cart-input"

export type CartActionResult = { ok: true; cartCount: number } | { ok: false; error: string }

const COUNTRY = /^[a-z]{2}$/
const TRY_AGAIN = "Your cart could not be updated just now. Please try again."

/** Turns a refusal from Medusa into a sentence for the shopper; unexpected failures are logged. */
async function explain(error: unknown, cart: HttpTypes.StoreCart | null, variantId?: string): Promise<string> {
  unstable_rethrow(error)
  if (variantId && isInsufficientInventory(error)) {
    const stock = await retrieveVariantStock(variantId).catch(() => null)
    const inCart = cart?.items?.find((item) => item.variant_id === variantId)?.quantity ?? 0
    return stockMessage(stock?.title ?? "This format", stock?.available ?? 0, inCart)
  }
  const refusal = digitalGoodsRefusal(error)
  if (refusal) return refusal
  const { status, message } = toBackendError("commerce", error)
  if (status === 404) return "That item is no longer in your cart. Please reload the page."
  if (status === 400 && /do not have a price/i.test(message)) return "That format is not sold in this country."
  console.error(`[cart] commerce refused a cart change: ${status ?? "no answer"} ${message}`)
  return TRY_AGAIN
}

/**
 * Adds a format of a book to the visitor's cart, creating the cart in the
 * country's region on the first add and moving it there if the shopper has
 * switched country since.
 */
export async function addToCart(input: {
  variantId: string
  quantity: number
  countryCode: string
}): Promise<CartActionResult> {
  const quantity = parseQuantity(input?.quantity)
  if (!quantity.ok) return quantity
  if (typeof input.variantId !== "string" || !input.variantId) return { ok: false, error: "Choose a format first." }
  const countryCode = String(input.countryCode ?? "").toLowerCase()
  if (!COUNTRY.test(countryCode)) return { ok: false, error: "Unknown country." }

  let cart: HttpTypes.StoreCart | null = null
  try {
    const region = await retrieveRegionForCountry(countryCode)
    if (!region) return { ok: false, error: "We do not sell to that country yet." }
    cart = await retrieveCart()
    if (!cart) {
      cart = await createCart(region.id)
      await setCartId(cart.id)
    } else if (cart.region_id !== region.id) {
      cart = await updateCartRegion(cart.id, region.id)
    }
    const updated = await addLineItem(cart.id, input.variantId, quantity.quantity)
    return { ok: true, cartCount: cartItemCount(updated) }
  } catch (error) {
    return { ok: false, error: await explain(error, cart, input.variantId) }
  }
}

/** Form state for the cart page's controls (`useActionState`). */
export type CartFormState = { ok: boolean; error?: string; cartCount?: number } | null

/** Sets a line's quantity from the cart page's quantity form. */
export async function updateItemQuantity(_prev: CartFormState, formData: FormData): Promise<CartFormState> {
  const lineId = String(formData.get("lineId") ?? "")
  const step = Number(formData.get("step") ?? 0)
  const typed = parseQuantity(formData.get("quantity"))
  // The − and + buttons send a step; the typed value is the quantity they step from.
  const quantity = typed.ok && (step === 1 || step === -1) ? parseQuantity(typed.quantity + step) : typed
  if (!quantity.ok) return quantity
  const cartId = await getCartId()
  if (!cartId || !lineId) return { ok: false, error: "Your cart has expired. Please reload the page." }

  let cart: HttpTypes.StoreCart | null = null
  try {
    cart = await retrieveCart(cartId)
    const line = cart?.items?.find((item) => item.id === lineId)
    if (!cart || !line) return { ok: false, error: "That item is no longer in your cart. Please reload the page." }
    const updated = await updateLineItem(cart.id, line.id, quantity.quantity)
    refresh()
    return { ok: true, cartCount: cartItemCount(updated) }
  } catch (error) {
    const line = cart?.items?.find((item) => item.id === lineId)
    // Stock refers to the whole line, so "already in cart" would mislead here.
    const message = await explain(error, null, line?.variant_id ?? undefined)
    return { ok: false, error: message }
  }
}

/** Takes a line out of the cart. */
export async function removeItem(_prev: CartFormState, formData: FormData): Promise<CartFormState> {
  const lineId = String(formData.get("lineId") ?? "")
  const cartId = await getCartId()
  if (!cartId || !lineId) return { ok: false, error: "Your cart has expired. Please reload the page." }
  try {
    const cart = await retrieveCart(cartId)
    if (!cart?.items?.some((item) => item.id === lineId)) {
      return { ok: false, error: "That item is no longer in your cart. Please reload the page." }
    }
    const updated = await deleteLineItem(cart.id, lineId)
    refresh()
    return { ok: true, cartCount: cartItemCount(updated) }
  } catch (error) {
    return { ok: false, error: await explain(error, null) }
  }
}
