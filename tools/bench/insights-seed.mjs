// Bench volumes for the staff Insights page, written straight into commerce's
// tables with set-based SQL (a workflow per order would take hours): customers,
// a year of orders over the seeded catalogue's real variants and prices, in
// both currencies, with lines, original summaries, captures, refunds,
// cancellations, and the carts they came from plus carts left behind. The
// random generator is seeded, so every run measures the same data.

/** The seeded catalogue's variants with their naira and dollar prices. */
const VARIANTS = `
  CREATE TEMP TABLE bench_variant AS
  SELECT row_number() OVER (ORDER BY v.sku) - 1 AS n, v.id AS variant_id, v.sku, v.title AS variant_title,
         p.id AS product_id, p.title AS product_title, v.manage_inventory AS ships,
         max(pr.amount) FILTER (WHERE pr.currency_code = 'ngn') AS ngn,
         max(pr.amount) FILTER (WHERE pr.currency_code = 'usd') AS usd
    FROM product_variant v
    JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
    JOIN product_variant_price_set pvps ON pvps.variant_id = v.id AND pvps.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL AND pr.price_list_id IS NULL
   WHERE v.deleted_at IS NULL
   GROUP BY v.id, p.id`

const CUSTOMERS = `
  INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
  SELECT 'cus_bench' || lpad(g::text, 6, '0'), 'bench' || g || '@bench.example.com', 'Bench', 'Reader ' || g, g % 3 = 0,
         now() - interval '400 days', now()
    FROM generate_series(1, $1::int) g`

// One row per order: who, when, where, which variants.
const ORDER_PLAN = `
  CREATE TEMP TABLE bench_order AS
  SELECT g, 'order_bench' || lpad(g::text, 7, '0') AS id,
         1 + floor(random() * $2::int)::int AS customer,
         CASE WHEN random() < 0.8 THEN 'ngn' ELSE 'usd' END AS currency,
         now() - random() * interval '365 days' AS created_at,
         floor(random() * (SELECT count(*) FROM bench_variant))::int AS first_variant,
         CASE WHEN random() < 0.3 THEN floor(random() * (SELECT count(*) FROM bench_variant))::int END AS second_variant,
         CASE WHEN random() < 0.15 THEN 2 ELSE 1 END AS quantity,
         random() AS fate
    FROM generate_series(1, $1::int) g`

const LINES = `
  CREATE TEMP TABLE bench_line AS
  SELECT o.id AS order_id, o.g * 2 + k AS n, 'ordli_bench' || lpad((o.g * 2 + k)::text, 8, '0') AS id,
         v.variant_id, v.sku, v.variant_title, v.product_id, v.product_title, v.ships,
         CASE WHEN k = 0 THEN o.quantity ELSE 1 END AS quantity,
         CASE WHEN o.currency = 'ngn' THEN v.ngn ELSE v.usd END AS unit_price, o.created_at
    FROM bench_order o
    CROSS JOIN LATERAL (VALUES (0, o.first_variant), (1, o.second_variant)) AS pick(k, variant)
    JOIN bench_variant v ON v.n = pick.variant`

const TOTALS = `
  CREATE TEMP TABLE bench_total AS
  SELECT o.*, sum(l.unit_price * l.quantity) + CASE WHEN bool_or(l.ships) THEN (CASE WHEN o.currency = 'ngn' THEN 2500 ELSE 15 END) ELSE 0 END AS total
    FROM bench_order o JOIN bench_line l ON l.order_id = o.id GROUP BY o.g, o.id, o.customer, o.currency, o.created_at,
         o.first_variant, o.second_variant, o.quantity, o.fate`

const raw = (column) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`

const INSERTS = [
  // Orders first: their lines, summaries and transactions refer to them.
  `INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code, created_at, updated_at, canceled_at)
   SELECT t.id, r.id, 'cus_bench' || lpad(t.customer::text, 6, '0'), 1, (SELECT id FROM sales_channel WHERE deleted_at IS NULL LIMIT 1),
          CASE WHEN t.fate < 0.02 THEN 'canceled' ELSE 'completed' END::order_status_enum, false,
          'bench' || t.customer || '@bench.example.com', t.currency, t.created_at, t.created_at,
          CASE WHEN t.fate < 0.02 THEN least(t.created_at + interval '6 hours', now()) END
     FROM bench_total t JOIN region r ON r.currency_code = t.currency AND r.deleted_at IS NULL`,
  `INSERT INTO order_line_item (id, title, product_id, product_title, variant_id, variant_title, variant_sku, unit_price, raw_unit_price,
                                requires_shipping, is_discountable, is_tax_inclusive, is_custom_price, is_giftcard, created_at, updated_at)
   SELECT id, product_title, product_id, product_title, variant_id, variant_title, sku, unit_price, ${raw("unit_price")},
          ships, true, false, false, false, created_at, created_at FROM bench_line`,
  `INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity,
                           return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity, created_at, updated_at)
   SELECT 'orditem_bench' || lpad(n::text, 8, '0'), order_id, 1, id, quantity, ${raw("quantity")}, 0, 0, 0, 0, 0, 0, created_at, created_at FROM bench_line`,
  `INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
   SELECT 'ordsum_bench' || lpad(g::text, 7, '0'), id, 1,
          jsonb_build_object('original_order_total', total, 'raw_original_order_total', ${raw("total")},
                             'current_order_total', total, 'raw_current_order_total', ${raw("total")},
                             'paid_total', total, 'raw_paid_total', ${raw("total")}),
          created_at, created_at FROM bench_total`,
  `INSERT INTO order_transaction (id, order_id, version, amount, raw_amount, currency_code, reference, reference_id, created_at, updated_at)
   SELECT 'ordtrx_bench_c' || lpad(g::text, 7, '0'), id, 1, total, ${raw("total")}, currency, 'capture', 'capt_bench' || g, created_at, created_at FROM bench_total`,
  // Cancellations give everything back; 3% of the rest get part of it back a day or two later.
  `INSERT INTO order_transaction (id, order_id, version, amount, raw_amount, currency_code, reference, reference_id, created_at, updated_at)
   SELECT 'ordtrx_bench_r' || lpad(g::text, 7, '0'), id, 1, -refund, ${raw("-refund")}, currency, 'refund', 'ref_bench' || g, at, at
     FROM (SELECT g, id, currency, CASE WHEN fate < 0.02 THEN total ELSE round(total / 2, 2) END AS refund,
                  least(created_at + CASE WHEN fate < 0.02 THEN interval '6 hours' ELSE interval '36 hours' END, now()) AS at
             FROM bench_total WHERE fate < 0.05) refunds`,
  // The cart of each order (completed), and 30% more carts left behind, a third of them at the payment step.
  `INSERT INTO cart (id, region_id, customer_id, email, currency_code, created_at, updated_at, completed_at)
   SELECT 'cart_bench' || lpad(g::text, 7, '0'), r.id, 'cus_bench' || lpad(t.customer::text, 6, '0'), 'bench' || t.customer || '@bench.example.com',
          t.currency, t.created_at - interval '20 minutes', t.created_at, t.created_at
     FROM bench_total t JOIN region r ON r.currency_code = t.currency AND r.deleted_at IS NULL`,
  `INSERT INTO cart (id, region_id, customer_id, email, currency_code, created_at, updated_at)
   SELECT 'cart_bench_left' || lpad(g::text, 7, '0'), r.id, 'cus_bench' || lpad(t.customer::text, 6, '0'),
          'bench' || t.customer || '@bench.example.com', t.currency, t.created_at - interval '3 days', t.created_at - interval '3 days'
     FROM bench_total t JOIN region r ON r.currency_code = t.currency AND r.deleted_at IS NULL WHERE t.g % 10 < 3`,
  `INSERT INTO cart_line_item (id, cart_id, title, quantity, variant_id, product_id, product_title, variant_title, variant_sku, unit_price, raw_unit_price,
                               requires_shipping, is_discountable, is_tax_inclusive, is_custom_price, is_giftcard, created_at, updated_at)
   SELECT 'cali_bench' || lpad(l.n::text, 8, '0'), 'cart_bench_left' || lpad(o.g::text, 7, '0'), l.product_title, l.quantity, l.variant_id, l.product_id,
          l.product_title, l.variant_title, l.sku, l.unit_price, ${raw("l.unit_price")}, l.ships, true, false, false, false, o.created_at, o.created_at
     FROM bench_line l JOIN bench_order o ON o.id = l.order_id WHERE o.g % 10 < 3`,
  `INSERT INTO cart_payment_collection (cart_id, payment_collection_id, id)
   SELECT c.id, 'pay_col_bench_' || c.id, 'cartpc_bench_' || c.id FROM cart c
    WHERE c.id LIKE 'cart_bench%' AND (c.completed_at IS NOT NULL OR right(c.id, 1) IN ('0', '3', '6'))`,
  `INSERT INTO order_cart (order_id, cart_id, id) SELECT id, 'cart_bench' || lpad(g::text, 7, '0'), 'ordercart_bench' || g FROM bench_total`,
]

/** Writes `count` customers (a third with an account), ids cus_bench000001…: the insights and catalogue benches' customers. */
export const seedBenchCustomers = (client, count) => client.query(CUSTOMERS, [count])

/** Seeds `orders` orders (over the past 365 days) and `customers` customers, then refreshes the planner's statistics. */
export async function seedInsightsVolume(client, { orders, customers, log = () => {} }) {
  await client.query("SELECT setseed(0.17)")
  await client.query("BEGIN")
  try {
    await client.query(VARIANTS)
    await seedBenchCustomers(client, customers)
    await client.query(ORDER_PLAN, [orders, customers])
    await client.query(LINES)
    await client.query(TOTALS)
    for (const statement of INSERTS) await client.query(statement)
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  }
  log("bulk rows written; analysing")
  await client.query("ANALYZE")
  const { rows } = await client.query(`SELECT (SELECT count(*) FROM "order")::int AS orders, (SELECT count(*) FROM order_line_item)::int AS lines,
                                              (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM cart)::int AS carts`)
  return rows[0]
}
