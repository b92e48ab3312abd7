import type { Metadata } from "next"
import { notFound, permanentRedirect } from "next/navigation"
import { loadStoreListing } from "@/lib/data/store-listing"
import { parseStoreView, storeHref, storeViewQuery } from "@/lib/util/store-view"
import StoreTemplate from "@/modules/store/templates/store-template"

// A filtered, sorted or paged listing: the proxy rewrites `/ng/store?…` here,
// so each view is an ISR page of its own.
export const revalidate = 60

export function generateStaticParams(): { view: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; view: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { countryCode, view } = await params
  return { title: "Books", alternates: { canonical: storeHref(countryCode, parseStoreView(new URLSearchParams(decodeURIComponent(view)))) } }
}

export default async function StoreViewPage({ params }: { params: Params }) {
  const { countryCode, view: segment } = await params
  const raw = decodeURIComponent(segment)
  const view = parseStoreView(new URLSearchParams(raw))
  // Only canonical views get a cache entry; anything else is sent to its canonical URL.
  if (storeViewQuery(view) !== raw) permanentRedirect(storeHref(countryCode, view))
  const listing = await loadStoreListing(countryCode, view)
  if (!listing) notFound()
  return <StoreTemplate listing={listing} countryCode={countryCode} />
}
