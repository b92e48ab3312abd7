import type { NextRequest } from "next/server"
import { finishPaystackCheckout } from "@/lib/data/checkout"
import { getCartId, getCheckoutCountry, removeCartId, removeCheckoutCountry } from "@/lib/data/cookies"
import { rememberPlacedOrder } from "@/lib/data/placed-orders"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

// Per visitor and with side effects: never cached, never prerendered.
export const dynamic = "force-dynamic"

/** A 303 to a path of this site: the browser follows it with a GET. */
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } })

/**
 * Paystack's return address (`callback_url`, without a country: commerce
 * names one fixed URL). Completes the visitor's cart and shows the order,
 * or takes them back to checkout saying why there is none.
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const reference = request.nextUrl.searchParams.get("reference") ?? request.nextUrl.searchParams.get("trxref")
  const countryCode = (await getCheckoutCountry()) ?? env.NEXT_PUBLIC_DEFAULT_COUNTRY
  const cartId = await getCartId()
  const outcome = await finishPaystackCheckout(cartId, reference)
  if (outcome.kind !== "order") return seeOther(`/${countryCode}/checkout?payment=${outcome.kind}`)
  // The cart it was placed from opens a guest's confirmation page at commerce.
  await rememberPlacedOrder(outcome.orderId, cartId)
  await removeCartId()
  await removeCheckoutCountry()
  return seeOther(`/${countryCode}/order/${encodeURIComponent(outcome.orderId)}/confirmed`)
})
