import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import { presentHits } from "../present"
import type { StoreSearchSuggestParamsType } from "../validators"

const PER_KIND = 3

/** GET /store/search/suggest: as the reader types, the best few of each kind (the last word is a prefix). */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchSuggestParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreSearchSuggestParamsType
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const { hits } = await search.search(params.q, { limit: params.limit, typing: true, perKind: PER_KIND })
  res.json({ results: await presentHits(req.scope, hits, params.region_id) })
}
