import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import type { SearchKind, SearchResult } from "../util/search-results"

/**
 * Fresh every time: the index follows publishing within seconds, and a query
 * string makes a poor cache key. Commerce answers from an index, not a scan.
 */
const fresh = () => ({ cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) })

/** Everything a reader can find for `q` (one kind, or all ranked together), priced in the region. */
export async function listSearchResults(query: { q: string; kind?: SearchKind; regionId?: string; limit?: number }) {
  const { results } = await storeFetch<{ results: SearchResult[] }>("/store/search", {
    query: { q: query.q, kind: query.kind, region_id: query.regionId, limit: query.limit ?? 30 },
    ...fresh(),
  })
  return results
}

/** Suggestions while the reader types: a few of each kind, the last word read as a prefix. */
export async function listSearchSuggestions(query: { q: string; regionId?: string }) {
  const { results } = await storeFetch<{ results: SearchResult[] }>("/store/search/suggest", {
    query: { q: query.q, region_id: query.regionId },
    ...fresh(),
  })
  return results
}
