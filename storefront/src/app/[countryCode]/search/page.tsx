import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@/lib/data/catalog"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { listSearchResults } from "@/lib/data/search"
import { parseSearchQuery } from "@/lib/util/search-query"
import { isSearchKind } from "@/lib/util/search-results"
import { storeHref } from "@/lib/util/store-view"
import SearchResults from "@/modules/search/templates/search-results"

// Results depend on the query string: rendered per request (an ISR page that reads
// searchParams fails in production with DYNAMIC_SERVER_USAGE).
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Search", robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ q?: string | string[]; kind?: string | string[] }>
}) {
  const [{ countryCode }, raw] = await Promise.all([params, searchParams])
  const query = parseSearchQuery(first(raw.q))
  if (!query) {
    return (
      <div className="container">
        <h1>Search</h1>
        <p>Type a title, an author or any word in the search box above to find books, courses, posts, events, pages and discussions, or <a href={storeHref(countryCode)}>browse all books</a>.</p>
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
  // An unknown kind (an old or hand-made link) shows every kind rather than an error.
  const asked = first(raw.kind)
  const kind = isSearchKind(asked) ? asked : null
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const [results, categories] = await Promise.all([
    listSearchResults({ q: query.q, kind: kind ?? undefined, regionId: region.id }),
    listCategories(),
  ])
  return <SearchResults q={query.q} kind={kind} results={results} categories={categories} countryCode={countryCode} />
}
