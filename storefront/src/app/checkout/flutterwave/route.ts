import type { NextRequest } from "next/server"
import { finishCheckout } from "@/lib/data/checkout"
import { getCartId, getCheckoutCountry, removeCartId, removeCheckoutCountry } from "@/lib/data/cookies"
import { rememberPlacedOrder } from "@/lib/data/placed-orders"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

// Per visitor and with side effects: never cached, never prerendered.
export const dynamic = "force-dynamic"

/** A 303 to a path of this site: the browser follows it with a GET. */
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } })

/**
 * Flutterwave's return address (`redirect_url`, without a country: commerce
 * names one fixed URL), with `status`, `tx_ref` and `transaction_id`. The
 * status is the browser's word, so it is never trusted to place an order:
 * as for Paystack, completing the cart makes commerce verify the payment by
 * its tx_ref. The order is shown, or the shopper is taken back to the
 * payment step saying why there is none.
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const txRef = request.nextUrl.searchParams.get("tx_ref")
  const status = request.nextUrl.searchParams.get("status")
  const countryCode = (await getCheckoutCountry()) ?? env.NEXT_PUBLIC_DEFAULT_COUNTRY
  const cartId = await getCartId()
  const outcome = await finishCheckout(cartId, "flutterwave", txRef)
  if (outcome.kind !== "order") {
    const kind = outcome.kind === "unpaid" && status === "cancelled" ? "cancelled" : outcome.kind
    return seeOther(`/${countryCode}/checkout?payment=${kind}`)
  }
  // The cart it was placed from opens a guest's confirmation page at commerce.
  await rememberPlacedOrder(outcome.orderId, cartId)
  await removeCartId()
  await removeCheckoutCountry()
  return seeOther(`/${countryCode}/order/${encodeURIComponent(outcome.orderId)}/confirmed`)
})
