import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { loadStoreListing } from "@/lib/data/store-listing"
import { DEFAULT_STORE_VIEW } from "@/lib/util/store-view"
import StoreTemplate from "@/modules/store/templates/store-template"

// Rendered on first visit, then served from the cache until commerce expires
// the `products` tag; the minute is a floor for recovering from an outage.
export const revalidate = 60

export const metadata: Metadata = { title: "All books", alternates: { canonical: "./store" } }

export default async function StorePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const listing = await loadStoreListing(countryCode, DEFAULT_STORE_VIEW)
  if (!listing) notFound()
  return <StoreTemplate listing={listing} countryCode={countryCode} />
}
