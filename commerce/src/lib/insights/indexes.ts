import type { Db } from "./sql"

/**
 * Indexes the insights' aggregates and exports read core tables by. Medusa
 * 2.21 gives a project no migration of its own on a core module's tables,
 * and a custom module's migration may run before the order module has made
 * its tables on a fresh database; so they are made by a migration script
 * (src/migration-scripts), which `medusa db:migrate` runs once per database
 * after every module's migrations. Each is partial on the rows the queries
 * read, and named IDX_insights_* so it is never mistaken for Medusa's.
 */
export const INSIGHTS_INDEXES = [
  // Orders placed in a period, per currency (figures, by day, by region, lines); the export's keyset.
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_placed" ON "order" (currency_code, created_at) INCLUDE (id, customer_id, region_id, version)
     WHERE deleted_at IS NULL AND is_draft_order = false`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_created_id" ON "order" (created_at, id) WHERE deleted_at IS NULL AND is_draft_order = false`,
  // Whether a buyer ordered before the period (new or returning).
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_customer_created" ON "order" (customer_id, created_at) WHERE deleted_at IS NULL AND is_draft_order = false`,
  // Cancellations in a period.
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_canceled" ON "order" (currency_code, canceled_at) WHERE deleted_at IS NULL AND canceled_at IS NOT NULL`,
  // Refunds given in a period.
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_transaction_refund" ON order_transaction (currency_code, created_at) INCLUDE (order_id)
     WHERE deleted_at IS NULL AND reference = 'refund'`,
  // The original summary of each order.
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_summary_original" ON order_summary (order_id) WHERE deleted_at IS NULL AND version = 1`,
  // Carts begun in a period (abandoned carts, checkout conversion).
  `CREATE INDEX IF NOT EXISTS "IDX_insights_cart_created" ON cart (currency_code, created_at) WHERE deleted_at IS NULL`,
  // Carts left with an email (abandoned carts).
  `CREATE INDEX IF NOT EXISTS "IDX_insights_cart_left" ON cart (currency_code, created_at) INCLUDE (email, updated_at)
     WHERE deleted_at IS NULL AND completed_at IS NULL AND email IS NOT NULL`,
  // Learners who enrolled in a period.
  `CREATE INDEX IF NOT EXISTS "IDX_insights_enrollment_enrolled" ON enrollment (enrolled_at, id) WHERE deleted_at IS NULL`,
]

/** Makes the insights' indexes that are missing (without blocking writes to the tables while it builds them). */
export async function ensureInsightsIndexes(db: Db) {
  for (const statement of INSIGHTS_INDEXES) {
    await db.raw(statement.replace("CREATE INDEX IF NOT EXISTS", "CREATE INDEX CONCURRENTLY IF NOT EXISTS"))
  }
}
