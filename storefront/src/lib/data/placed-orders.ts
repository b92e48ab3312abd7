import "server-only"
import { createHmac, timingSafeEqual } from "node:crypto"
import { cookies } from "next/headers"
import { env } from "../env"
import { sessionCookieOptions } from "./cookies"

/**
 * Which orders this browser has just placed, so their confirmation pages
 * open for a guest and for nobody else. Signed, so it cannot be made up;
 * httpOnly, so page scripts cannot read it.
 */
export const PLACED_ORDERS_COOKIE = "shop_orders"

/** How long a confirmation page stays open to the browser that placed the order. */
export const PLACED_ORDER_TTL_SECONDS = 2 * 60 * 60
const MAX_REMEMBERED = 5

/** An order this browser placed, and the cart it was placed from: the cart id opens a guest order's confirmation at commerce. */
export type PlacedOrder = { id: string; exp: number; cart?: string }

/** The key is derived from REVALIDATE_SECRET (required in production) for this one purpose. */
const signingKey = (secret: string) => createHmac("sha256", secret).update("storefront placed-orders cookie v1").digest()
const sign = (payload: string, secret: string) => createHmac("sha256", signingKey(secret)).update(payload).digest("base64url")

export function sealPlacedOrders(orders: PlacedOrder[], secret: string): string {
  const payload = Buffer.from(JSON.stringify(orders)).toString("base64url")
  return `${payload}.${sign(payload, secret)}`
}

/** The unexpired orders a cookie value names; nothing at all for a value that is malformed or not signed by us. */
export function openPlacedOrders(value: string | undefined, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): PlacedOrder[] {
  const [payload, signature, extra] = (value ?? "").split(".")
  if (!payload || !signature || extra !== undefined) return []
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return []
  try {
    const orders = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown
    if (!Array.isArray(orders)) return []
    return orders.filter(
      (o): o is PlacedOrder =>
        typeof o?.id === "string" && typeof o?.exp === "number" && o.exp > nowSeconds && (o.cart === undefined || typeof o.cart === "string")
    )
  } catch {
    return []
  }
}

/** Only in a server action or route handler: remembers an order this browser has just placed, and from which cart. */
export async function rememberPlacedOrder(orderId: string, cartId?: string | null): Promise<void> {
  const jar = await cookies()
  const now = Math.floor(Date.now() / 1000)
  const kept = openPlacedOrders(jar.get(PLACED_ORDERS_COOKIE)?.value, env.REVALIDATE_SECRET, now).filter((o) => o.id !== orderId)
  const placed: PlacedOrder = { id: orderId, exp: now + PLACED_ORDER_TTL_SECONDS, ...(cartId ? { cart: cartId } : {}) }
  const orders = [...kept.slice(-(MAX_REMEMBERED - 1)), placed]
  jar.set(PLACED_ORDERS_COOKIE, sealPlacedOrders(orders, env.REVALIDATE_SECRET), sessionCookieOptions(PLACED_ORDER_TTL_SECONDS))
}

/** The order as this browser placed it within the last couple of hours, or null. */
export async function placedHere(orderId: string): Promise<PlacedOrder | null> {
  const value = (await cookies()).get(PLACED_ORDERS_COOKIE)?.value
  return openPlacedOrders(value, env.REVALIDATE_SECRET).find((o) => o.id === orderId) ?? null
}

/** Whether this browser placed the order within the last couple of hours. */
export async function wasPlacedHere(orderId: string): Promise<boolean> {
  return (await placedHere(orderId)) !== null
}
