import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders } from "./cookies"

/** One saved book or course (commerce's `GET /store/customers/me/wishlist`). */
export type WishlistItem = {
  product_id: string
  saved_at: string
  product: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    /** A course's own page is /courses/<course_handle>. */
    course_handle: string | null
    variants: { id: string; title: string | null }[]
  }
}

const privateFetch = async () => ({ headers: await authHeaders(), cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) })

/** The signed-in reader's saved books and courses, newest first. */
export async function retrieveWishlist(): Promise<WishlistItem[]> {
  const { wishlist } = await storeFetch<{ wishlist: WishlistItem[] }>("/store/customers/me/wishlist", await privateFetch())
  return wishlist
}

/** Saves products (one from a page, or the browser's list on sign-in); names those not on sale. */
export async function saveToWishlist(productIds: string[]): Promise<{ wishlist: WishlistItem[]; skipped: string[] }> {
  return storeFetch<{ wishlist: WishlistItem[]; skipped: string[] }>("/store/customers/me/wishlist", {
    method: "POST",
    body: { product_ids: productIds },
    ...(await privateFetch()),
  })
}

export async function removeFromWishlist(productId: string): Promise<{ removed: boolean }> {
  return storeFetch<{ removed: boolean }>(`/store/customers/me/wishlist/${encodeURIComponent(productId)}`, {
    method: "DELETE",
    ...(await privateFetch()),
  })
}
