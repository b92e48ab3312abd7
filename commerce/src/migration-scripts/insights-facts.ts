import type { ExecArgs } from "@medusajs/framework/types"
import { ensureInsightsFacts, syncInsightsFacts } from "../lib/insights/facts"
import { ensureInsightsIndexes } from "../lib/insights/indexes"
import { dbOf } from "../lib/insights/sql"

/**
 * Runs once per database with `medusa db:migrate`, after every module's
 * migrations: the insights' tables of order facts, the triggers that keep
 * them current (src/lib/insights/facts.ts says how), and the facts of the
 * orders already there; and the indexes added since insights-indexes ran.
 */
export default async function addInsightsFacts({ container }: ExecArgs) {
  const db = dbOf(container)
  await ensureInsightsIndexes(db)
  await ensureInsightsFacts(db)
  await syncInsightsFacts(db)
}
