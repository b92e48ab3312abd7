import { NextResponse } from "next/server"
import { cartItemCount, retrieveCartForCount } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read from this request's cookies, never from any cache.
export const dynamic = "force-dynamic"

export type VisitorSession = { cartCount: number | null; customer: { firstName: string | null } | null }

async function settled<T>(what: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load()
  } catch (error) {
    console.error(`[session] could not read the ${what}: ${toBackendError("commerce", error).message}`)
    return undefined
  }
}

/**
 * The visitor's cart count and sign-in state, fetched by the header after a
 * cached page has loaded. A backend failure leaves its half unknown (null).
 */
export async function GET() {
  const [cart, customer] = await Promise.all([
    settled("cart", retrieveCartForCount),
    settled("customer", () => retrieveCustomer()),
  ])
  const body: VisitorSession = {
    cartCount: cart === undefined ? null : cartItemCount(cart),
    customer: customer ? { firstName: customer.first_name || null } : null,
  }
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } })
}
