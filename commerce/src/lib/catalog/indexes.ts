import type { Knex } from "knex"

/**
 * Indexes the shop's listing (GET /store/catalog/products) reads Medusa's
 * product table by, made by a migration script as the insights' are (Medusa
 * gives a project no migration of its own on a core module's tables; see
 * src/lib/insights/indexes.ts). Partial on the books a shopper can see, and
 * named IDX_catalog_* so none is mistaken for Medusa's.
 */
export const CATALOG_INDEXES = [
  // Newest first: the page walks it and stops after the page, instead of sorting every book. Its ids also
  // give the count an index-only scan of the visible books instead of a read of every product row.
  `CREATE INDEX IF NOT EXISTS "IDX_catalog_product_newest" ON product (created_at DESC, id) WHERE deleted_at IS NULL AND status = 'published'`,
  // The format filter matches lower(title) and lower(value) of the options: without statistics on those
  // expressions PostgreSQL guessed 50 "Format" options where every book has one, and at 10,000 books
  // chose nested loops that took 18 to 23 s per statement. ANALYZE keeps statistics on an index's
  // expressions, so with these it joins by hash (about 0.1 s for the count) and the page walks.
  `CREATE INDEX IF NOT EXISTS "IDX_catalog_option_title_lower" ON product_option (lower(title))`,
  `CREATE INDEX IF NOT EXISTS "IDX_catalog_option_value_lower" ON product_option_value (lower(value))`,
]

/**
 * Makes the listing's indexes that are missing (without blocking writes to the products while it builds
 * them), then gathers the statistics of the expression indexes, which the planner reads only after ANALYZE.
 */
export async function ensureCatalogIndexes(db: Knex) {
  for (const statement of CATALOG_INDEXES) {
    await db.raw(statement.replace("CREATE INDEX IF NOT EXISTS", "CREATE INDEX CONCURRENTLY IF NOT EXISTS"))
  }
  await db.raw(`ANALYZE product_option, product_option_value`)
}
