import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { localDate, startOfLocalDay } from "../../../lib/insights/period"
import { popularCategories } from "../../../lib/search/popular-categories"
import { SEARCH_MODULE } from "../../../modules/search"
import { normaliseForStats } from "../../../modules/search/lib/parse-query"
import type SearchModuleService from "../../../modules/search/service"
import { presentHits } from "./present"
import type { StoreSearchParamsType } from "./validators"

const POPULAR_CATEGORIES = 6

/**
 * GET /store/search: books, courses, posts, events, pages and discussions
 * ranked together (or one kind; books by category and format), with the
 * count of every match by kind, category and format. Nothing found: the
 * nearest query that finds something, and the categories with most books.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreSearchParamsType
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const bookFilter = params.category || params.format
  const { hits, facets } = await search.search(params.q, {
    kinds: params.kind ? [params.kind] : bookFilter ? ["book"] : undefined,
    category: params.category,
    format: params.format,
    sort: params.sort,
    limit: params.limit,
    facets: true,
  })
  const empty = !hits.length
  const [results, didYouMean, popular] = await Promise.all([
    presentHits(req.scope, hits, params.region_id),
    empty ? search.didYouMean(params.q) : null,
    empty ? popularCategories(search, POPULAR_CATEGORIES) : [],
  ])
  const counted = normaliseForStats(params.q)
  if (counted) search.recordSearch(counted, startOfLocalDay(localDate(new Date())), !empty)
  res.json({ results, facets, did_you_mean: didYouMean, popular_categories: popular })
}
