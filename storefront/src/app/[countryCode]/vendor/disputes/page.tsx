import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listVendorDisputes } from "@/lib/data/disputes"
import { retrieveVendorMe } from "@/lib/data/vendor-portal"
import VendorDisputes from "@/modules/marketplace/templates/vendor-disputes"

// One vendor's disputes, read per request with their session: never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Disputes · Vendor portal", robots: { index: false } }

export default async function VendorDisputesPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  return <VendorDisputes me={me} disputes={await listVendorDisputes()} countryCode={countryCode} />
}
