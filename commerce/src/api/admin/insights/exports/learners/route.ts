import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCsv } from "../../../../../lib/insights/csv"
import { LEARNER_COLUMNS, learnerBatches } from "../../../../../lib/insights/exports"
import { resolvePeriod } from "../../../../../lib/insights/period"
import { dbOf } from "../../../../../lib/insights/sql"
import type { AdminInsightsExportParamsType } from "../../validators"
import { exportFileName } from "../export-file"

/** The learners who enrolled in the period, with their progress, as CSV streamed in batches. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsExportParamsType>, res: MedusaResponse) {
  const period = resolvePeriod(req.validatedQuery as AdminInsightsExportParamsType)
  await streamCsv(res, exportFileName("learners", period), LEARNER_COLUMNS, learnerBatches(dbOf(req.scope), period))
}
