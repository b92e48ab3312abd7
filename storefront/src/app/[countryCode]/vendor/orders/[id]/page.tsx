import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { retrieveVendorOrder } from "@/lib/data/vendor-orders"
import { retrieveVendorMe } from "@/lib/data/vendor-portal"
import VendorOrderPage from "@/modules/marketplace/templates/vendor-order"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Order", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function VendorOrderDetailPage({ params }: Props) {
  const { countryCode, id } = await params
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  const order = await retrieveVendorOrder(id)
  if (!order) notFound()
  return <VendorOrderPage order={order} vendorName={me.vendor.name} selling={me.vendor.status === "approved"} countryCode={countryCode} />
}
