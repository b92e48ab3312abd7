import type { Metadata } from "next"
import { notFound, unstable_rethrow } from "next/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { listOrderDisputes } from "@/lib/data/disputes"
import { retrieveOrder, retrieveOrderTimeline } from "@/lib/data/orders"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import OrderDetail from "@/modules/account/templates/order-detail"

export const metadata: Metadata = { title: "Your order" }

export default async function OrderPage({ params }: { params: Promise<{ countryCode: string; orderId: string }> }) {
  const { countryCode, orderId } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/orders`)
  const [order, timeline, settings, disputes] = await Promise.all([
    retrieveOrder(orderId, customer.id),
    // The order is the page; its progress is extra, so a failure to read it leaves the order shown.
    retrieveOrderTimeline(orderId).catch((error: unknown) => {
      unstable_rethrow(error)
      console.error(`[orders] timeline of ${orderId}: ${error instanceof Error ? error.message : String(error)}`)
      return null
    }),
    retrieveSiteSettings(),
    // Disputes too: an order that cannot show them still shows itself.
    listOrderDisputes(orderId).catch((error: unknown) => {
      unstable_rethrow(error)
      console.error(`[orders] disputes of ${orderId}: ${error instanceof Error ? error.message : String(error)}`)
      return null
    }),
  ])
  if (!order) notFound()
  return <OrderDetail order={order} timeline={timeline} countryCode={countryCode} contactEmail={settings.contactEmail} disputes={disputes} />
}
