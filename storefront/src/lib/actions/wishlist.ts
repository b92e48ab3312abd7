"use server"

import { refresh } from "next/cache"
import { getAuthToken } from "../data/cookies"
import { removeFromWishlist, saveToWishlist } from "../data/wishlist"
import { toBackendError } from "../util/errors"
import { addToCart } from "./cart"

export type WishlistResult = { ok: true; productIds: string[] } | { ok: false; signedOut?: true; error: string }

const TRY_AGAIN = "Your wishlist could not be changed just now. Please try again."
const PRODUCT_ID = /^[A-Za-z0-9_-]{1,100}$/

function refused(error: unknown, what: string): WishlistResult {
  const { status, message } = toBackendError("commerce", error)
  if (status === 401) return { ok: false, signedOut: true, error: "Your session has ended. Please sign in again." }
  if (status === 400 || status === 404) return { ok: false, error: message }
  console.error(`[wishlist] commerce refused to ${what}: ${status ?? "no answer"} ${message}`)
  return { ok: false, error: TRY_AGAIN }
}

/**
 * Saves books and courses to the signed-in reader's wishlist: one from a
 * page, or the list kept in this browser while signed out (merged on
 * sign-in; ids no longer on sale are dropped). Answers the saved ids.
 */
export async function saveToWishlistAction(productIds: string[]): Promise<WishlistResult> {
  const ids = Array.isArray(productIds) ? productIds.filter((id) => typeof id === "string" && PRODUCT_ID.test(id)).slice(0, 100) : []
  if (!ids.length) return { ok: false, error: "Choose a book or course to save." }
  if (!(await getAuthToken())) return { ok: false, signedOut: true, error: "Sign in to keep your wishlist in your account." }
  try {
    const { wishlist } = await saveToWishlist(ids)
    return { ok: true, productIds: wishlist.map((item) => item.product_id) }
  } catch (error) {
    // A browser list holding only withdrawn books is nothing to keep.
    if (toBackendError("commerce", error).status === 404 && ids.length > 1) return { ok: true, productIds: [] }
    return refused(error, "save")
  }
}

export async function removeFromWishlistAction(productId: string): Promise<WishlistResult> {
  if (typeof productId !== "string" || !PRODUCT_ID.test(productId)) return { ok: false, error: "Choose a book or course to remove." }
  if (!(await getAuthToken())) return { ok: false, signedOut: true, error: "Sign in to change your wishlist." }
  try {
    await removeFromWishlist(productId)
    return { ok: true, productIds: [] }
  } catch (error) {
    return refused(error, "remove")
  }
}

export type WishlistFormState = { ok: boolean; message: string } | null

/** The account list's "Remove". */
export async function removeWishlistItem(_prev: WishlistFormState, formData: FormData): Promise<WishlistFormState> {
  const result = await removeFromWishlistAction(String(formData.get("productId") ?? ""))
  if (!result.ok) return { ok: false, message: result.error }
  refresh()
  return { ok: true, message: "Removed from your wishlist." }
}

/** The account list's "Move to cart": a course or one-format book goes to the cart and leaves the list. */
export async function moveWishlistItemToCart(_prev: WishlistFormState, formData: FormData): Promise<WishlistFormState> {
  const productId = String(formData.get("productId") ?? "")
  const variantId = String(formData.get("variantId") ?? "")
  const countryCode = String(formData.get("countryCode") ?? "")
  const title = String(formData.get("title") ?? "It")
  const added = await addToCart({ variantId, quantity: 1, countryCode })
  if (!added.ok) return { ok: false, message: added.error }
  const removed = await removeFromWishlistAction(productId)
  refresh()
  return removed.ok
    ? { ok: true, message: `${title} is in your cart.` }
    : { ok: true, message: `${title} is in your cart (it is still on your wishlist).` }
}
