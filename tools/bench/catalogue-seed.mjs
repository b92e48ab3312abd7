// A second, larger catalogue for the bench (issue 24, cost as the work
// grows): the demo's books with three formats copied with set-based SQL until
// the shop sells `books` books (3 variants each), each copy a whole product as
// Medusa's own workflows would have written it — options and values, variants
// and their option values, price sets, prices and price rules, inventory items
// and levels, and the product's sales channel, shipping profile, categories,
// tags and images. Every copy's ids are its template's with a suffix, so the
// statements are joins, never loops. Customers come from insights-seed.mjs.
import { seedBenchCustomers } from "./insights-seed.mjs"

/**
 * Copies `row` of `table` (alias `a`) for every copy joined in `from`, with the
 * columns in `changes` (SQL expressions over the copy `c`) replaced: every
 * other column is copied as it is, whatever Medusa's schema holds.
 */
const copy = (table, from, changes) => `
  INSERT INTO ${table}
  SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(a) || jsonb_build_object(${Object.entries(changes)
    .map(([column, value]) => `'${column}', ${value}`)
    .join(", ")}))).*
    FROM ${from}`

const id = (column) => `a.${column} || c.suffix`

// One row per copy: which demo book it copies, and the suffix of its ids.
const COPIES = `
  CREATE TEMP TABLE bench_copy AS
  SELECT n, '_b' || n AS suffix, t.ids[1 + n % array_length(t.ids, 1)] AS template
    FROM generate_series(1, $1::int) n,
         (SELECT array_agg(p.id ORDER BY p.id) AS ids FROM product p WHERE p.deleted_at IS NULL
             AND (SELECT count(*) FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL) = 3) t`

const VARIANT_OF = (link) => `${link} JOIN product_variant v ON v.id = a.variant_id JOIN bench_copy c ON c.template = v.product_id`

const COPY_STATEMENTS = [
  copy("product", "product a JOIN bench_copy c ON c.template = a.id", { id: id("id"), handle: "a.handle || '-' || c.n", title: "a.title || ' ' || c.n" }),
  copy("product_option", "product_option a JOIN product_product_option ppo ON ppo.product_option_id = a.id JOIN bench_copy c ON c.template = ppo.product_id", { id: id("id") }),
  copy("product_option_value", "product_option_value a JOIN product_product_option ppo ON ppo.product_option_id = a.option_id JOIN bench_copy c ON c.template = ppo.product_id", {
    id: id("id"),
    option_id: id("option_id"),
  }),
  copy("product_product_option", "product_product_option a JOIN bench_copy c ON c.template = a.product_id", {
    id: id("id"),
    product_id: id("product_id"),
    product_option_id: id("product_option_id"),
  }),
  copy(
    "product_product_option_value",
    "product_product_option_value a JOIN product_product_option ppo ON ppo.id = a.product_product_option_id JOIN bench_copy c ON c.template = ppo.product_id",
    { id: id("id"), product_product_option_id: id("product_product_option_id"), product_option_value_id: id("product_option_value_id") }
  ),
  copy("product_variant", "product_variant a JOIN bench_copy c ON c.template = a.product_id", { id: id("id"), product_id: id("product_id"), sku: id("sku") }),
  copy("product_variant_option", VARIANT_OF("product_variant_option a"), { variant_id: id("variant_id"), option_value_id: id("option_value_id") }),
  copy("price_set", "price_set a JOIN product_variant_price_set l ON l.price_set_id = a.id JOIN product_variant v ON v.id = l.variant_id JOIN bench_copy c ON c.template = v.product_id", {
    id: id("id"),
  }),
  copy("product_variant_price_set", VARIANT_OF("product_variant_price_set a"), { id: id("id"), variant_id: id("variant_id"), price_set_id: id("price_set_id") }),
  copy(
    "price",
    "price a JOIN product_variant_price_set l ON l.price_set_id = a.price_set_id JOIN product_variant v ON v.id = l.variant_id JOIN bench_copy c ON c.template = v.product_id",
    { id: id("id"), price_set_id: id("price_set_id") }
  ),
  copy(
    "price_rule",
    "price_rule a JOIN price pr ON pr.id = a.price_id JOIN product_variant_price_set l ON l.price_set_id = pr.price_set_id JOIN product_variant v ON v.id = l.variant_id JOIN bench_copy c ON c.template = v.product_id",
    { id: id("id"), price_id: id("price_id") }
  ),
  copy(
    "inventory_item",
    "inventory_item a JOIN product_variant_inventory_item l ON l.inventory_item_id = a.id JOIN product_variant v ON v.id = l.variant_id JOIN bench_copy c ON c.template = v.product_id",
    { id: id("id"), sku: id("sku") }
  ),
  copy(
    "inventory_level",
    "inventory_level a JOIN product_variant_inventory_item l ON l.inventory_item_id = a.inventory_item_id JOIN product_variant v ON v.id = l.variant_id JOIN bench_copy c ON c.template = v.product_id",
    { id: id("id"), inventory_item_id: id("inventory_item_id"), reserved_quantity: "0", raw_reserved_quantity: `'{"value":"0","precision":20}'::jsonb` }
  ),
  copy("product_variant_inventory_item", VARIANT_OF("product_variant_inventory_item a"), { id: id("id"), variant_id: id("variant_id"), inventory_item_id: id("inventory_item_id") }),
  copy("product_sales_channel", "product_sales_channel a JOIN bench_copy c ON c.template = a.product_id", { id: id("id"), product_id: id("product_id") }),
  copy("product_shipping_profile", "product_shipping_profile a JOIN bench_copy c ON c.template = a.product_id", { id: id("id"), product_id: id("product_id") }),
  copy("product_category_product", "product_category_product a JOIN bench_copy c ON c.template = a.product_id", { product_id: id("product_id") }),
  copy("product_tags", "product_tags a JOIN bench_copy c ON c.template = a.product_id", { product_id: id("product_id") }),
  copy("image", "image a JOIN bench_copy c ON c.template = a.product_id", { id: id("id"), product_id: id("product_id") }),
]

/**
 * Grows the seeded shop to `books` books and adds `customers` customers, then
 * refreshes the planner's statistics. Resolves with what the database holds.
 */
export async function seedCatalogue(client, { books, customers, log = () => {} }) {
  const { rows: held } = await client.query(
    "SELECT count(*)::int AS n FROM product p WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id AND v.title = 'Paperback')"
  )
  const copies = Math.max(0, books - held[0].n)
  await client.query("BEGIN")
  try {
    await client.query(COPIES, [copies])
    for (const statement of COPY_STATEMENTS) await client.query(statement)
    await seedBenchCustomers(client, customers)
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  }
  log(`${copies} books copied; analysing`)
  await client.query("ANALYZE")
  const { rows } = await client.query(`SELECT (SELECT count(*) FROM product WHERE deleted_at IS NULL)::int AS products,
                                              (SELECT count(*) FROM product_variant WHERE deleted_at IS NULL)::int AS variants,
                                              (SELECT count(*) FROM customer)::int AS customers`)
  return rows[0]
}
