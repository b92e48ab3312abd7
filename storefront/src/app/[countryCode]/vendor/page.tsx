import type { Metadata } from "next"
import { listVendorProducts, retrieveVendorMe } from "@/lib/data/vendor-portal"
import VendorPortal from "@/modules/marketplace/templates/vendor-portal"

// One vendor's data, read per request with their session: never cached (Next sends private, no-store).
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Vendor portal", robots: { index: false } }

export default async function VendorPortalPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const me = await retrieveVendorMe()
  const products = me ? (await listVendorProducts()).products : []
  return <VendorPortal me={me} products={products} countryCode={countryCode} />
}
