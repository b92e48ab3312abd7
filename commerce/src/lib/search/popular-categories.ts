import type SearchModuleService from "../../modules/search/service"
import type { FacetCount } from "../../modules/search/service"

/**
 * How long the categories with most books are reused for searches that find
 * nothing: counting them reads every book in the index (60 ms on 10,000
 * books), and they change only when books do. Books indexed in this process
 * forget them at once (forgetPopularCategories).
 */
const POPULAR_CATEGORIES_TTL_MS = 60_000

let remembered: { at: number; limit: number; categories: Promise<FacetCount[]> } | null = null

/** The categories with the most books in the index, counted at most once a minute. */
export function popularCategories(search: SearchModuleService, limit: number): Promise<FacetCount[]> {
  const now = Date.now()
  if (remembered && remembered.limit === limit && now - remembered.at < POPULAR_CATEGORIES_TTL_MS) return remembered.categories
  const categories = search.popularCategories(limit)
  const entry = { at: now, limit, categories }
  // A failed count is not kept; its error reaches the search that asked.
  categories.catch(() => remembered === entry && (remembered = null))
  remembered = entry
  return categories
}

/** Books changed: the next search that finds nothing counts the categories again. */
export function forgetPopularCategories(): void {
  remembered = null
}
