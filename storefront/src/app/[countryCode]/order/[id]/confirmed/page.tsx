import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCurrentCustomer } from "@/lib/data/customer"
import { retrieveOrderForBuyer } from "@/lib/data/orders"
import { wasPlacedHere } from "@/lib/data/placed-orders"
import OrderConfirmed, { OrderPlacedForAccount } from "@/modules/order/templates/order-confirmed"

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false } }

// Only for the buyer: read from this request's session and cookies, never cached.
// No loading.tsx here on purpose: a stranger must get a real 404 status, which
// needs the answer before anything streams.
export const dynamic = "force-dynamic"

export default async function OrderConfirmedPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { countryCode, id } = await params
  const [customer, placedHere] = await Promise.all([retrieveCurrentCustomer(), wasPlacedHere(id)])
  const order = await retrieveOrderForBuyer(id, { customerId: customer?.id ?? null, placedHere })
  if (order) return <OrderConfirmed order={order} countryCode={countryCode} signedIn={customer?.id === order.customer_id} />
  // Placed here without signing in, for an email that has an account: commerce shows it to that account only.
  if (placedHere) return <OrderPlacedForAccount countryCode={countryCode} />
  notFound()
}
