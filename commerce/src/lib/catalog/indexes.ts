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
]

/** Makes the listing's indexes that are missing (without blocking writes to the products while it builds them). */
export async function ensureCatalogIndexes(db: Knex) {
  for (const statement of CATALOG_INDEXES) {
    await db.raw(statement.replace("CREATE INDEX IF NOT EXISTS", "CREATE INDEX CONCURRENTLY IF NOT EXISTS"))
  }
}
