import { madeOnFirstUse } from "../db/made-on-first-use"
import { LINE_AMOUNT, LINE_UNIT_PRICE, ORDER_LINES } from "./lines"
import { STORE_TIME_ZONE } from "./period"
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
 *
 * A year of facts is still 100,000 rows to add up, so the sums per store day
 * are kept too, rewritten for the days a sync touched:
 * - `insights_day_sales`: orders and what they took, per day, currency and region;
 * - `insights_day_lines`: units and amounts, per day, currency, product and variant.
 * Every period the insights show is made of whole store days.
 *
 * `insights_checkout` lists the carts that reached payment, for checkout
 * conversion; triggers on carts and their payment collections keep it.
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
  // Days whose sums are to be rewritten (noted with the facts that changed them, in the same transaction).
  `CREATE TABLE IF NOT EXISTS insights_dirty_day (currency_code text NOT NULL, day date NOT NULL, PRIMARY KEY (currency_code, day))`,
  `CREATE TABLE IF NOT EXISTS insights_day_sales (
     currency_code text NOT NULL,
     day date NOT NULL,
     region_key text NOT NULL,
     orders int NOT NULL,
     gross numeric NOT NULL,
     PRIMARY KEY (currency_code, day, region_key))`,
  `CREATE TABLE IF NOT EXISTS insights_day_lines (
     currency_code text NOT NULL,
     day date NOT NULL,
     product_key text NOT NULL,
     variant_key text NOT NULL,
     title_key text NOT NULL,
     product_title text,
     units numeric NOT NULL,
     amount numeric NOT NULL,
     PRIMARY KEY (currency_code, day, product_key, variant_key, title_key))`,
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
  // Carts that reached payment (a payment collection), kept by triggers in the writing transaction itself:
  // checkout conversion counts them without looking through every cart's links.
  `CREATE TABLE IF NOT EXISTS insights_checkout (
     cart_id text PRIMARY KEY,
     currency_code text NOT NULL,
     created_at timestamptz NOT NULL,
     completed boolean NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "IDX_insights_checkout_period" ON insights_checkout (currency_code, created_at) INCLUDE (completed)`,
  `CREATE OR REPLACE FUNCTION insights_note_checkout() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     noted text;
   BEGIN
     IF TG_TABLE_NAME = 'cart' THEN
       noted := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
     ELSE
       noted := CASE WHEN TG_OP = 'DELETE' THEN OLD.cart_id ELSE NEW.cart_id END;
     END IF;
     DELETE FROM insights_checkout WHERE cart_id = noted;
     INSERT INTO insights_checkout (cart_id, currency_code, created_at, completed)
       SELECT c.id, c.currency_code, c.created_at, c.completed_at IS NOT NULL FROM cart c
        WHERE c.id = noted AND c.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM cart_payment_collection cpc WHERE cpc.cart_id = c.id AND cpc.deleted_at IS NULL);
     RETURN NULL;
   END $$`,
  `CREATE OR REPLACE TRIGGER insights_note_checkout AFTER INSERT OR UPDATE OR DELETE ON cart_payment_collection
     FOR EACH ROW EXECUTE FUNCTION insights_note_checkout()`,
  // Only the cart writes that change what is counted (a cart is written on every change to it).
  `CREATE OR REPLACE TRIGGER insights_note_checkout AFTER UPDATE ON cart FOR EACH ROW
     WHEN (OLD.completed_at IS DISTINCT FROM NEW.completed_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
           OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.currency_code IS DISTINCT FROM NEW.currency_code)
     EXECUTE FUNCTION insights_note_checkout()`,
  `CREATE OR REPLACE TRIGGER insights_forget_checkout AFTER DELETE ON cart FOR EACH ROW EXECUTE FUNCTION insights_note_checkout()`,
]

/** Makes the tables and triggers, and notes every order there is, so the first read fills the facts. */
export async function ensureInsightsFacts(db: Db) {
  for (const statement of INSIGHTS_FACT_TABLES) await db.raw(statement)
  await db.raw(`INSERT INTO insights_dirty_order (order_id) SELECT id FROM "order" ON CONFLICT DO NOTHING`)
  await db.raw(
    `INSERT INTO insights_checkout (cart_id, currency_code, created_at, completed)
     SELECT c.id, c.currency_code, c.created_at, c.completed_at IS NOT NULL FROM cart c
      WHERE c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM cart_payment_collection cpc WHERE cpc.cart_id = c.id AND cpc.deleted_at IS NULL)
     ON CONFLICT DO NOTHING`
  )
}

// One lock for every sync: two reads at once do not both rewrite the same orders.
const SYNC_LOCK = 727_001

/**
 * The migration script makes the facts (src/migration-scripts/insights-facts.ts);
 * a database migrated some other way (a test runner's copy of a template)
 * gets them on first use. Asked on every sync: one catalogue lookup.
 */
async function factsReady(db: Db) {
  // The newest of the tables: a database that has it has them all. Made under the sync's own lock.
  await madeOnFirstUse(db, "insights_checkout", SYNC_LOCK, ensureInsightsFacts)
}

const BATCH = 5000
const ANALYZE_AFTER = 10_000

/** Notes the store days (per currency) of these orders' facts as they stand, for their sums to be rewritten. */
const NOTE_DAYS = `
  INSERT INTO insights_dirty_day (currency_code, day)
  SELECT DISTINCT currency_code, (created_at AT TIME ZONE :tz)::date FROM insights_order_fact WHERE order_id = ANY(:ids)
  ON CONFLICT DO NOTHING`

/**
 * Rewrites the facts of every noted order, a batch at a time, each batch in
 * one transaction (its notes are taken only if its facts are written, and
 * the days it changed are noted with them), then the sums of the noted days.
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
      // The days the orders were on, and below the days they are on now (placing times can move).
      await trx.raw(NOTE_DAYS, { ids, tz: STORE_TIME_ZONE })
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
      await trx.raw(NOTE_DAYS, { ids, tz: STORE_TIME_ZONE })
      return ids.length
    })
    synced += done
    if (done < BATCH) break
  }
  await sumNotedDays(db)
  // After a large catch-up (the first fill, a bulk import) the planner needs to know the facts' new size.
  if (synced >= ANALYZE_AFTER) await db.raw(`ANALYZE insights_order_fact, insights_line_fact, insights_day_sales, insights_day_lines`)
  return synced
}

/** Rewrites the sums of every noted day from its facts, in one transaction with taking the notes. */
async function sumNotedDays(db: Db) {
  await db.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(?)`, [SYNC_LOCK])
    const taken = await trx.raw(`DELETE FROM insights_dirty_day RETURNING currency_code, day::text AS day`)
    if (!taken.rows.length) return
    const bindings = {
      currencies: taken.rows.map((r: { currency_code: string }) => r.currency_code),
      days: taken.rows.map((r: { day: string }) => r.day),
      tz: STORE_TIME_ZONE,
    }
    // Each noted day as the range of instants it spans, so the facts are read by their index.
    const NOTED = `(SELECT c, d, (d::timestamp AT TIME ZONE :tz) AS starts, ((d + 1)::timestamp AT TIME ZONE :tz) AS ends
                      FROM unnest(:currencies::text[], :days::date[]) AS noted (c, d))`
    await trx.raw(`DELETE FROM insights_day_sales s USING ${NOTED} n WHERE s.currency_code = n.c AND s.day = n.d`, bindings)
    await trx.raw(`DELETE FROM insights_day_lines s USING ${NOTED} n WHERE s.currency_code = n.c AND s.day = n.d`, bindings)
    await trx.raw(
      `INSERT INTO insights_day_sales (currency_code, day, region_key, orders, gross)
       SELECT n.c, n.d, coalesce(f.region_id, ''), count(*), sum(f.total)
         FROM ${NOTED} n JOIN insights_order_fact f ON f.currency_code = n.c AND f.created_at >= n.starts AND f.created_at < n.ends
        GROUP BY 1, 2, 3`,
      bindings
    )
    await trx.raw(
      `INSERT INTO insights_day_lines (currency_code, day, product_key, variant_key, title_key, product_title, units, amount)
       SELECT n.c, n.d, coalesce(l.product_id, ''), coalesce(l.variant_id, ''), coalesce(lower(l.variant_title), ''),
              max(l.product_title), sum(l.quantity), sum(l.amount)
         FROM ${NOTED} n JOIN insights_line_fact l ON l.currency_code = n.c AND l.created_at >= n.starts AND l.created_at < n.ends
        GROUP BY 1, 2, 3, 4, 5`,
      bindings
    )
  })
}
