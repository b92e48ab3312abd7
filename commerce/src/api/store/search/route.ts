import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { presentHits } from "./present"
import type { StoreSearchParamsType } from "./validators"

/** GET /store/search: books, courses, posts, events, pages and discussions ranked together (or one kind). */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreSearchParamsType
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const hits = await search.search(params.q, { kinds: params.kind ? [params.kind] : undefined, limit: params.limit })
  res.json({ results: await presentHits(req.scope, hits, params.region_id) })
}
