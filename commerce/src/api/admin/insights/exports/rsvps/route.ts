import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CmsUnavailable } from "../../../../../lib/insights/cms"
import { streamCsv } from "../../../../../lib/insights/csv"
import { RSVP_COLUMNS, rsvpBatches } from "../../../../../lib/insights/exports"
import { resolvePeriod } from "../../../../../lib/insights/period"
import type { AdminInsightsExportParamsType } from "../../validators"
import { exportFileName } from "../export-file"

/** The RSVPs made in the period, read from the cms page by page, as CSV; 503 naming the reason when the cms cannot answer. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsExportParamsType>, res: MedusaResponse) {
  const period = resolvePeriod(req.validatedQuery as AdminInsightsExportParamsType)
  try {
    await streamCsv(res, exportFileName("rsvps", period), RSVP_COLUMNS, rsvpBatches(period))
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    res.status(503).json({ type: "unavailable", message: error.message })
  }
}
