import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@/lib/data/catalog"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { listSearchResults } from "@/lib/data/search"
import { parseSearchQuery } from "@/lib/util/search-query"
import { isSearchKind, SEARCH_FORMATS, SEARCH_SORTS, type SearchView } from "@/lib/util/search-results"
import { storeHref } from "@/lib/util/store-view"
import SearchResults from "@/modules/search/templates/search-results"

// Results depend on the query string: rendered per request (an ISR page that reads
// searchParams fails in production with DYNAMIC_SERVER_USAGE).
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Search", robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const HANDLE = /^[a-z0-9-]{1,120}$/
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined
type Params = Record<"q" | "kind" | "category" | "format" | "sort", string | string[] | undefined>

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Partial<Params>>
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
  // An unknown kind, category, format or order (an old or hand-made link) is dropped rather than an error;
  // a category or format filters books, so it goes with any other kind.
  const asked = first(raw.kind)
  const kind = isSearchKind(asked) ? asked : null
  const books = !kind || kind === "book"
  const category = first(raw.category)
  const view: SearchView = {
    q: query.q,
    kind,
    category: books && category && HANDLE.test(category) ? category : undefined,
    format: books ? oneOf(SEARCH_FORMATS, first(raw.format)) : undefined,
    sort: oneOf(SEARCH_SORTS, first(raw.sort)) ?? "relevance",
  }
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const [answer, categories] = await Promise.all([listSearchResults(view, { regionId: region.id }), listCategories()])
  return <SearchResults view={view} answer={answer} categories={categories} countryCode={countryCode} />
}
