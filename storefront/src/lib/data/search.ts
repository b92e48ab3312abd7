import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { forwardedFor } from "./customer"
import type { SearchAnswer, SearchResult, SearchView } from "../util/search-results"

/**
 * Fresh every time: the index follows publishing within seconds, and a query
 * string makes a poor cache key. Commerce answers from an index, not a scan.
 * Commerce limits searches per reader: the reader's address goes with each
 * (the proxy moves what the client sent aside on the search paths).
 */
const fresh = async () => ({ cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS), headers: await forwardedFor() })

/**
 * Everything a reader can find for a view (one kind or all ranked together,
 * books by category and format, best match or newest), priced in the region,
 * with the counts of every match and, when nothing matches, what to try.
 * A page of 20 (commerce's own page): each result costs a highlighted snippet
 * in commerce and its markup twice in the page (HTML and React's payload).
 */
export async function listSearchResults(view: SearchView, { regionId, limit = 20 }: { regionId?: string; limit?: number } = {}) {
  return await storeFetch<SearchAnswer>("/store/search", {
    query: {
      q: view.q,
      kind: view.kind ?? undefined,
      category: view.category,
      format: view.format,
      sort: view.sort === "relevance" ? undefined : view.sort,
      region_id: regionId,
      limit,
    },
    ...(await fresh()),
  })
}

/** Suggestions while the reader types: a few of each kind, the last word read as a prefix. */
export async function listSearchSuggestions(query: { q: string; regionId?: string }) {
  const { results } = await storeFetch<{ results: SearchResult[] }>("/store/search/suggest", {
    query: { q: query.q, region_id: query.regionId },
    ...(await fresh()),
  })
  return results
}
