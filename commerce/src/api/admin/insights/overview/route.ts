import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesOverview } from "../../../../lib/insights/overview"
import { resolvePeriod } from "../../../../lib/insights/period"
import type { AdminInsightsOverviewParamsType } from "../validators"

/** One currency's sales for a period, against the previous period: figures, charts' series, tops, refunds and carts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsOverviewParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery as AdminInsightsOverviewParamsType
  res.setHeader("cache-control", "no-store")
  res.json({ overview: await salesOverview(req.scope, resolvePeriod(query), query.currency) })
}
