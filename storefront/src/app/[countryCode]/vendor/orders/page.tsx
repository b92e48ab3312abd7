import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listVendorOrders, VENDOR_ORDER_FILTERS, VENDOR_ORDERS_PAGE_SIZE, type VendorOrderFilter } from "@/lib/data/vendor-orders"
import { retrieveVendorMe } from "@/lib/data/vendor-portal"
import VendorOrders from "@/modules/marketplace/templates/vendor-orders"

// One vendor's orders, read per request with their session: never cached (Next sends private, no-store).
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Your orders", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ page?: string; status?: string }> }

export default async function VendorOrdersPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  const status = VENDOR_ORDER_FILTERS.find((s) => s === query.status) as VendorOrderFilter | undefined
  const page = Math.max(1, Math.min(5000, Number.parseInt(query.page ?? "1", 10) || 1))
  const { orders, count } = await listVendorOrders(page, status)
  const pages = Math.max(1, Math.ceil(count / VENDOR_ORDERS_PAGE_SIZE))
  return <VendorOrders vendorName={me.vendor.name} orders={orders} count={count} page={page} pages={pages} status={status} countryCode={countryCode} />
}
