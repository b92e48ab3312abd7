import type { ExecArgs } from "@medusajs/framework/types"
import { ensureInsightsIndexes } from "../lib/insights/indexes"
import { dbOf } from "../lib/insights/sql"

/**
 * Runs once per database with `medusa db:migrate`, after every module's
 * migrations: the indexes the staff Insights page reads orders, refunds,
 * carts and enrollments by (src/lib/insights/indexes.ts says why here).
 */
export default async function addInsightsIndexes({ container }: ExecArgs) {
  await ensureInsightsIndexes(dbOf(container))
}
