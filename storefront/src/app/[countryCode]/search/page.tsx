import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCatalog, listCategories } from "@/lib/data/catalog"
import { listProductRatings } from "@/lib/data/reviews"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { parseSearchQuery } from "@/lib/util/search-query"
import { storeHref } from "@/lib/util/store-view"
import SearchResults from "@/modules/search/templates/search-results"

// Results depend on the query string: rendered per request (an ISR page that reads
// searchParams fails in production with DYNAMIC_SERVER_USAGE).
export const dynamic = "force-dynamic"

// Results depend on the query, so this page renders per request; the
// catalogue answers behind it are still cached and shared.
export const metadata: Metadata = { title: "Search", robots: { index: false } }

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ q?: string | string[] }>
}) {
  const [{ countryCode }, { q: raw }] = await Promise.all([params, searchParams])
  const query = parseSearchQuery(Array.isArray(raw) ? raw[0] : raw)
  if (!query) {
    return (
      <div className="container">
        <h1>Search</h1>
        <p>Type a title, an author or a word from a description in the search box above, or <a href={storeHref(countryCode)}>browse all books</a>.</p>
      </div>
    )
  }
  if (!query.ok) {
    return (
      <div className="container">
        <h1>Search</h1>
        <p role="alert">{query.error}</p>
      </div>
    )
  }
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const [{ products, count }, categories] = await Promise.all([
    listCatalog({ regionId: region.id, q: query.q, limit: 24 }),
    listCategories(),
  ])
  const ratings = await listProductRatings(products.map((p) => p.id))
  return <SearchResults q={query.q} products={products} ratings={ratings} count={count} categories={categories} countryCode={countryCode} />
}
