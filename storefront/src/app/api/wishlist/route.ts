import { NextResponse } from "next/server"
import { getAuthToken } from "@/lib/data/cookies"
import { retrieveWishlist } from "@/lib/data/wishlist"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read from this request's cookies, never from any cache.
export const dynamic = "force-dynamic"

const privately = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } })

/**
 * The ids the signed-in reader saved, for the wishlist buttons of cached
 * pages; `null` when signed out (the browser keeps its own list then).
 */
export async function GET() {
  if (!(await getAuthToken())) return privately({ productIds: null })
  try {
    const items = await retrieveWishlist()
    return privately({ productIds: items.map((item) => item.product_id) })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return privately({ productIds: null })
    console.error(`[wishlist] could not read the wishlist: ${status ?? "no answer"} ${message}`)
    return privately({ error: "The wishlist could not be read just now." }, 503)
  }
}
