import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolvePeriod } from "../../../../lib/insights/period"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import type { AdminSearchQueriesParamsType } from "../validators"

/** The queries readers searched most in a period, and those that most often found nothing (counts only, no readers). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSearchQueriesParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as AdminSearchQueriesParamsType
  const period = resolvePeriod(params)
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  // Counts wait a few seconds in memory: staff see them all.
  await search.flushSearchStats()
  const figures = await search.topQueries(period, params.limit)
  res.setHeader("cache-control", "no-store")
  res.json({ period: { name: period.name, from: period.from, to: period.to, days: period.days }, ...figures })
}
