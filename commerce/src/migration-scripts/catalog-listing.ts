import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { ensureCatalogFromPrices } from "../lib/catalog/from-prices"
import { ensureCatalogIndexes } from "../lib/catalog/indexes"

/**
 * Runs once per database with `medusa db:migrate`, after every module's
 * migrations: the listing's index on the products (src/lib/catalog/indexes.ts)
 * and its stored "from" prices with the triggers that keep them
 * (src/lib/catalog/from-prices.ts), filled from the prices already there.
 */
export default async function addCatalogListing({ container }: ExecArgs) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await ensureCatalogIndexes(db)
  await ensureCatalogFromPrices(db)
}
