import { LINE_AMOUNT, LINE_UNIT_PRICE, ORDER_LINES } from "./lines"
import { ORDER_SUMMARY, ORDER_TOTAL, PLACED_ORDER, type Db } from "./sql"

/**
 * The insights read orders from two narrow tables of facts rather than from
 * Medusa's order tables: a year of orders read live is a nested loop over
 * every order's versioned items and JSON totals (seconds at 100,000 orders),
 * while the facts are one indexed range scan.
 *
 * - `insights_order_fact`: one row per order that counts (placed, not a
 *   draft, not deleted) with its currency, placing time, customer, region,
 *   cancellation and the total the shopper paid.
 * - `insights_line_fact`: one row per line of those orders at the order's
 *   current version, with its quantity and amount (less its discounts).
 *
 * They are never stale: triggers on the order tables note every order that
 * is written (`insights_dirty_order`), and every read of the insights first
 * rewrites the facts of the noted orders from the order tables, with the same
 * SQL the insights used to run live (`syncInsightsFacts`). A change made
 * while a sync runs stays noted for the next one. Refunds and cancellations
 * are still read from Medusa's tables: they are few and indexed.
 */
export const INSIGHTS_FACT_TABLES = [
  `CREATE TABLE IF NOT EXISTS insights_dirty_order (order_id text PRIMARY KEY)`,
  `CREATE TABLE IF NOT EXISTS insights_order_fact (
     order_id text PRIMARY KEY,
     currency_code text NOT NULL,
     created_at timestamptz NOT NULL,
     canceled_at timestamptz,
     customer_id text,
     region_id text,
     total numeric NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_fact_period" ON insights_order_fact (currency_code, created_at) INCLUDE (total, customer_id, region_id)`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_fact_customer" ON insights_order_fact (customer_id, created_at)`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_order_fact_keyset" ON insights_order_fact (created_at, order_id)`,
  `CREATE TABLE IF NOT EXISTS insights_line_fact (
     order_id text NOT NULL,
     item_id text NOT NULL,
     currency_code text NOT NULL,
     created_at timestamptz NOT NULL,
     product_id text,
     product_title text,
     variant_id text,
     variant_title text,
     variant_sku text,
     quantity numeric NOT NULL,
     unit_price numeric,
     amount numeric NOT NULL,
     PRIMARY KEY (order_id, item_id))`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_line_fact_period" ON insights_line_fact (currency_code, created_at)`,
  // Every write to an order, its items, its line items, their discounts or its first summary notes the order.
  `CREATE OR REPLACE FUNCTION insights_note_order() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     row_data record;
   BEGIN
     IF TG_OP = 'DELETE' THEN row_data := OLD; ELSE row_data := NEW; END IF;
     IF TG_TABLE_NAME = 'order' THEN
       INSERT INTO insights_dirty_order (order_id) VALUES (row_data.id) ON CONFLICT DO NOTHING;
     ELSIF TG_TABLE_NAME IN ('order_item', 'order_summary') THEN
       INSERT INTO insights_dirty_order (order_id) VALUES (row_data.order_id) ON CONFLICT DO NOTHING;
     ELSIF TG_TABLE_NAME = 'order_line_item' THEN
       INSERT INTO insights_dirty_order (order_id)
         SELECT DISTINCT order_id FROM order_item WHERE item_id = row_data.id ON CONFLICT DO NOTHING;
     ELSE
       INSERT INTO insights_dirty_order (order_id)
         SELECT DISTINCT order_id FROM order_item WHERE item_id = row_data.item_id ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  ...["order", "order_item", "order_summary", "order_line_item", "order_line_item_adjustment"].map(
    (table) => `CREATE OR REPLACE TRIGGER insights_note_order AFTER INSERT OR UPDATE OR DELETE ON "${table}"
                  FOR EACH ROW EXECUTE FUNCTION insights_note_order()`
  ),
]

/** Makes the tables and triggers, and notes every order there is, so the first read fills the facts. */
export async function ensureInsightsFacts(db: Db) {
  for (const statement of INSIGHTS_FACT_TABLES) await db.raw(statement)
  await db.raw(`INSERT INTO insights_dirty_order (order_id) SELECT id FROM "order" ON CONFLICT DO NOTHING`)
}

// One lock for every sync: two reads at once do not both rewrite the same orders.
const SYNC_LOCK = 727_001

/**
 * The migration script makes the facts (src/migration-scripts/insights-facts.ts);
 * a database migrated some other way (a test runner's copy of a template)
 * gets them on first use. Asked on every sync: one catalogue lookup.
 */
async function factsReady(db: Db) {
  const found = await db.raw(`SELECT to_regclass('insights_order_fact') IS NOT NULL AS made`)
  if (found.rows[0].made) return
  await db.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(?)`, [SYNC_LOCK])
    await ensureInsightsFacts(trx)
  })
}

const BATCH = 5000
const ANALYZE_AFTER = 10_000

/**
 * Rewrites the facts of every noted order, a batch at a time, each batch in
 * one transaction (its notes are taken only if its facts are written).
 * Answers how many orders were rewritten.
 */
export async function syncInsightsFacts(db: Db): Promise<number> {
  await factsReady(db)
  let synced = 0
  for (;;) {
    const done = await db.transaction(async (trx) => {
      await trx.raw(`SELECT pg_advisory_xact_lock(?)`, [SYNC_LOCK])
      const taken = await trx.raw(
        `DELETE FROM insights_dirty_order WHERE order_id IN (SELECT order_id FROM insights_dirty_order LIMIT ?) RETURNING order_id`,
        [BATCH]
      )
      const ids: string[] = taken.rows.map((r: { order_id: string }) => r.order_id)
      if (!ids.length) return 0
      await trx.raw(`DELETE FROM insights_line_fact WHERE order_id = ANY(?)`, [ids])
      await trx.raw(`DELETE FROM insights_order_fact WHERE order_id = ANY(?)`, [ids])
      await trx.raw(
        `INSERT INTO insights_order_fact (order_id, currency_code, created_at, canceled_at, customer_id, region_id, total)
         SELECT o.id, o.currency_code, o.created_at, o.canceled_at, o.customer_id, o.region_id, ${ORDER_TOTAL}
           FROM "order" o ${ORDER_SUMMARY}
          WHERE o.id = ANY(:ids) AND ${PLACED_ORDER}`,
        { ids }
      )
      await trx.raw(
        `INSERT INTO insights_line_fact (order_id, item_id, currency_code, created_at, product_id, product_title, variant_id,
                                         variant_title, variant_sku, quantity, unit_price, amount)
         SELECT o.id, li.id, o.currency_code, o.created_at, li.product_id, li.product_title, li.variant_id,
                li.variant_title, li.variant_sku, oi.quantity, ${LINE_UNIT_PRICE}, ${LINE_AMOUNT}
           FROM "order" o ${ORDER_LINES}
          WHERE o.id = ANY(:ids) AND ${PLACED_ORDER}`,
        { ids }
      )
      return ids.length
    })
    synced += done
    if (done < BATCH) break
  }
  // After a large catch-up (the first fill, a bulk import) the planner needs to know the facts' new size.
  if (synced >= ANALYZE_AFTER) await db.raw(`ANALYZE insights_order_fact, insights_line_fact`)
  return synced
}
