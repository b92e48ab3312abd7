import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCsv } from "../../../../../lib/insights/csv"
import { CUSTOMER_COLUMNS, customerBatches } from "../../../../../lib/insights/exports"
import { resolvePeriod } from "../../../../../lib/insights/period"
import { dbOf } from "../../../../../lib/insights/sql"
import type { AdminInsightsExportParamsType } from "../../validators"
import { exportFileName } from "../export-file"

/** The customers who ordered in the period as CSV, one row per customer and currency, streamed in batches. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsExportParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery as AdminInsightsExportParamsType
  const period = resolvePeriod(query)
  await streamCsv(res, exportFileName("customers", period, query.currency), CUSTOMER_COLUMNS, customerBatches(dbOf(req.scope), period, query.currency ?? null))
}
