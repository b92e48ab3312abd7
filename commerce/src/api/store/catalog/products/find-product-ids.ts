import type { Knex } from "knex"
import { catalogFromPricesReady, forgetCatalogFromPrices } from "../../../../lib/catalog/from-prices"
import type { StoreCatalogProductsParamsType } from "./validators"

/** Option values that make a book "print" or "ebook"; staff edit them in the admin. */
const FORMAT_VALUES = { print: ["hardcover", "paperback"], ebook: ["ebook"] } as const

type CatalogFilter = StoreCatalogProductsParamsType & { currencyCode: string; salesChannelIds: string[] }

/** A LIKE pattern that matches `text` literally anywhere. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`

/**
 * The ids of one page of published products in the key's sales channels,
 * filtered, searched and ordered by PostgreSQL, plus the total that match.
 * Every value reaches the database as a bound parameter.
 */
export async function findCatalogProductIds(
  db: Knex,
  filter: CatalogFilter
): Promise<{ ids: string[]; count: number }> {
  const matching = db("product as p")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
    .whereExists(
      db("product_sales_channel as psc")
        .select(db.raw("1"))
        .whereRaw("psc.product_id = p.id")
        .whereNull("psc.deleted_at")
        .whereIn("psc.sales_channel_id", filter.salesChannelIds)
    )
    // Courses are products too, sold on their own pages: the book catalogue leaves them out.
    .whereNotExists(
      db("courses_course_product_product as ccp").select(db.raw("1")).whereRaw("ccp.product_id = p.id").whereNull("ccp.deleted_at")
    )

  if (filter.category) {
    matching.whereExists(
      db("product_category_product as pcp")
        .select(db.raw("1"))
        .join("product_category as pc", "pc.id", "pcp.product_category_id")
        .whereRaw("pcp.product_id = p.id")
        .where({ "pc.handle": filter.category, "pc.is_active": true, "pc.is_internal": false })
        .whereNull("pc.deleted_at")
    )
  }
  if (filter.collection) {
    matching.whereExists(
      db("product_collection as pcol")
        .select(db.raw("1"))
        .whereRaw("pcol.id = p.collection_id")
        .where("pcol.handle", filter.collection)
        .whereNull("pcol.deleted_at")
    )
  }
  if (filter.format) {
    matching.whereExists(
      db("product_variant as v")
        .select(db.raw("1"))
        .join("product_variant_option as pvo", "pvo.variant_id", "v.id")
        .join("product_option_value as ov", "ov.id", "pvo.option_value_id")
        .join("product_option as o", "o.id", "ov.option_id")
        .whereRaw("v.product_id = p.id")
        .whereNull("v.deleted_at")
        .whereNull("ov.deleted_at")
        .whereRaw("lower(o.title) = 'format'")
        .whereRaw("lower(ov.value) = any(?)", [[...FORMAT_VALUES[filter.format]]])
    )
  }
  if (filter.q) {
    const pattern = containing(filter.q)
    matching.where((search) =>
      search
        .whereILike("p.title", pattern)
        .orWhereILike("p.subtitle", pattern)
        .orWhereILike("p.description", pattern)
        .orWhereRaw("p.metadata->>'author' ilike ?", [pattern])
    )
  }

  const countRow = await matching.clone().count<{ count: string }[]>({ count: "p.id" }).first()
  const count = Number(countRow?.count ?? 0)

  const sort = filter.sort ?? (filter.q ? "relevance" : "newest")
  if (sort === "price_asc" || sort === "price_desc") {
    const ids = await pageByPrice(db, matching, filter, sort === "price_asc" ? "asc" : "desc", count)
    return { ids, count }
  }

  const page = matching.clone().select("p.id").limit(filter.limit).offset(filter.offset)
  if (sort === "title") {
    page.orderByRaw("lower(p.title) asc")
  } else if (sort === "relevance") {
    page.orderByRaw("(p.title ilike ?) desc, p.created_at desc", [containing(filter.q!)])
  } else {
    // Walks IDX_catalog_product_newest (src/lib/catalog/indexes.ts) and stops after the page.
    page.orderBy("p.created_at", "desc")
  }
  page.orderBy("p.id", "asc")

  const rows = (await page) as { id: string }[]
  return { ids: rows.map((row) => row.id), count }
}

/**
 * A page in "from" price order (the cheapest variant in the region's
 * currency, stored per book by src/lib/catalog/from-prices.ts): the priced
 * books walked along the stored prices' index, then, once they run out, the
 * books with no price in the currency, by id. A page reads what it shows,
 * not every price (the aggregate over every price took 0.1 to 0.2 s at
 * 10,000 books). Equal prices go by id in the price's direction, so one
 * backward walk of the index serves "highest first".
 */
async function pageByPrice(db: Knex, matching: Knex.QueryBuilder, filter: CatalogFilter, direction: "asc" | "desc", count: number) {
  await catalogFromPricesReady(db)
  try {
    return await walkByPrice(db, matching, filter, direction, count)
  } catch (error) {
    // The table was seen once and is gone (the database was restored from a copy made before it,
    // as the HTTP specs' runner does before each test, or from an older backup): make it again.
    if ((error as { code?: string }).code !== "42P01") throw error
    forgetCatalogFromPrices(db)
    await catalogFromPricesReady(db)
    return walkByPrice(db, matching, filter, direction, count)
  }
}

async function walkByPrice(db: Knex, matching: Knex.QueryBuilder, filter: CatalogFilter, direction: "asc" | "desc", count: number) {
  const { limit, offset, currencyCode } = filter
  const priced = () =>
    matching.clone().join("catalog_from_price as fp", (on) => on.on("fp.product_id", "p.id").andOnVal("fp.currency_code", currencyCode))
  const rows = (await priced().select("p.id").orderBy("fp.amount", direction).orderBy("p.id", direction).limit(limit).offset(offset)) as {
    id: string
  }[]
  const ids = rows.map((row) => row.id)
  if (ids.length === limit || offset + ids.length >= count) return ids

  // The page runs past the priced books: how many there are is known unless it began after them all.
  const pricedCount = ids.length
    ? offset + ids.length
    : Number((await priced().count<{ count: string }[]>({ count: "p.id" }).first())?.count ?? 0)
  const unpriced = (await matching
    .clone()
    .whereNotExists(db("catalog_from_price as fp").select(db.raw("1")).whereRaw("fp.product_id = p.id").where("fp.currency_code", currencyCode))
    .select("p.id")
    .orderBy("p.id", "asc")
    .limit(limit - ids.length)
    .offset(Math.max(0, offset - pricedCount))) as { id: string }[]
  return [...ids, ...unpriced.map((row) => row.id)]
}
