import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCsv } from "../../../../../lib/insights/csv"
import { ORDER_COLUMNS, orderLineBatches } from "../../../../../lib/insights/exports"
import { resolvePeriod } from "../../../../../lib/insights/period"
import { dbOf } from "../../../../../lib/insights/sql"
import type { AdminInsightsExportParamsType } from "../../validators"
import { exportFileName } from "../export-file"

/** The period's orders as CSV, one row per line, streamed in batches (any currency, or the one asked for). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsExportParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery as AdminInsightsExportParamsType
  const period = resolvePeriod(query)
  await streamCsv(res, exportFileName("orders", period, query.currency), ORDER_COLUMNS, orderLineBatches(dbOf(req.scope), period, query.currency ?? null))
}
