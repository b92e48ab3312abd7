import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { audienceOverview } from "../../../../lib/insights/audience"
import { resolvePeriod } from "../../../../lib/insights/period"
import type { AdminInsightsAudienceParamsType } from "../validators"

/** Events, newsletter and community figures for the period; `cms.available` is false (with why) when the cms cannot answer. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsAudienceParamsType>, res: MedusaResponse) {
  res.setHeader("cache-control", "no-store")
  res.json({ audience: await audienceOverview(req.scope, resolvePeriod(req.validatedQuery as AdminInsightsAudienceParamsType)) })
}
