import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCurrentCustomer } from "@/lib/data/customer"
import { retrieveOrderConfirmation } from "@/lib/data/orders"
import { placedHere } from "@/lib/data/placed-orders"
import OrderConfirmed, { OrderPlacedForAccount } from "@/modules/order/templates/order-confirmed"
import OrderLinkProblem from "@/modules/order/templates/order-link-problem"

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false } }

// Only for the buyer: read from this request's session and cookies, never cached.
// No loading.tsx here on purpose: a stranger must get a real 404 status, which
// needs the answer before anything streams.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ countryCode: string; id: string }>; searchParams: Promise<{ token?: string | string[] }> }

/**
 * The order's confirmation, for its buyer only (commerce decides): opened
 * from the guest's emailed link (`?token=`, any browser, 30 days), by the
 * signed-in customer it belongs to, or by the browser that just placed it.
 */
export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const [{ countryCode, id }, { token }] = await Promise.all([params, searchParams])
  if (typeof token === "string" && token) {
    const lookup = await retrieveOrderConfirmation(id, { token })
    if (lookup.kind === "found") return <OrderConfirmed confirmation={lookup.confirmation} countryCode={countryCode} signedIn={false} />
    return <OrderLinkProblem reason={lookup.kind === "expired" ? "expired" : "invalid"} countryCode={countryCode} />
  }
  const [customer, placed] = await Promise.all([retrieveCurrentCustomer(), placedHere(id)])
  const lookup = await retrieveOrderConfirmation(id, { cartId: placed?.cart })
  if (lookup.kind === "found") {
    const signedIn = !!customer && lookup.confirmation.order.has_account
    return <OrderConfirmed confirmation={lookup.confirmation} countryCode={countryCode} signedIn={signedIn} />
  }
  // Placed here without signing in, for an email that has an account: commerce shows it to that account only.
  if (placed) return <OrderPlacedForAccount countryCode={countryCode} />
  notFound()
}
