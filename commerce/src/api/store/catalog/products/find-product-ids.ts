import type { Knex } from "knex"
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
  const page = matching.clone().select("p.id").limit(filter.limit).offset(filter.offset)

  const sort = filter.sort ?? (filter.q ? "relevance" : "newest")
  if (sort === "price_asc" || sort === "price_desc") {
    // The cheapest variant in the region's currency: the "from" price on a card. One
    // aggregate over the prices joined by hash, not a lookup per product: at 10,000
    // books the per-product (lateral) form took 0.5 s, this one a third of it.
    page.joinRaw(
      `left join (
         select v.product_id, min(pr.amount) as amount
         from product_variant v
         join product_variant_price_set pvps on pvps.variant_id = v.id and pvps.deleted_at is null
         join price pr on pr.price_set_id = pvps.price_set_id and pr.deleted_at is null
         where v.deleted_at is null and pr.currency_code = ? and pr.price_list_id is null and pr.rules_count = 0
         group by v.product_id
       ) as cheapest on cheapest.product_id = p.id`,
      [filter.currencyCode]
    )
    page.orderByRaw(`cheapest.amount ${sort === "price_asc" ? "asc" : "desc"} nulls last`)
  } else if (sort === "title") {
    page.orderByRaw("lower(p.title) asc")
  } else if (sort === "relevance") {
    page.orderByRaw("(p.title ilike ?) desc, p.created_at desc", [containing(filter.q!)])
  } else {
    page.orderBy("p.created_at", "desc")
  }
  page.orderBy("p.id", "asc")

  const rows = (await page) as { id: string }[]
  return { ids: rows.map((row) => row.id), count: Number(countRow?.count ?? 0) }
}
