import type { Knex } from "knex"
import { madeOnFirstUse } from "../db/made-on-first-use"

/**
 * The "from" price of every book per currency, stored: the cheapest price of
 * its live variants' price sets that no price list or rule narrows, exactly
 * what the listing used to aggregate over every price on each request (0.1 to
 * 0.2 s at 10,000 books). Sorting by price then walks an index and stops
 * after the page.
 *
 * It is never stale, whatever writes prices (Medusa's admin, its workflows,
 * an import, raw SQL): triggers on `price`, `product_variant_price_set` and
 * `product_variant` recompute the from prices of the products a statement
 * touched, in the writing transaction. Two transactions that write the same
 * product's prices take turns (an advisory lock per bucket of products, held
 * until commit) and the second recomputes after the first has committed, so
 * neither overwrites the other with what it could not see. That assumes
 * READ COMMITTED, Medusa's isolation: each statement of the recompute takes a
 * fresh snapshot after the lock.
 */
const CHEAPEST = (where: string) => `
  SELECT v.product_id, pr.currency_code, min(pr.amount) AS amount
    FROM product_variant v
    JOIN product_variant_price_set pvps ON pvps.variant_id = v.id AND pvps.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL
   WHERE ${where} AND v.deleted_at IS NULL AND pr.price_list_id IS NULL AND pr.rules_count = 0
   GROUP BY v.product_id, pr.currency_code`

/** Rewrites the stored rows of these products: removes a currency no longer priced, upserts the rest. */
const REWRITE = (where: string, stored: string) => `
  WITH fresh AS (${CHEAPEST(where)}),
  gone AS (
    DELETE FROM catalog_from_price f WHERE ${stored}
       AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.product_id = f.product_id AND fresh.currency_code = f.currency_code))
  INSERT INTO catalog_from_price (product_id, currency_code, amount) SELECT product_id, currency_code, amount FROM fresh
  ON CONFLICT (product_id, currency_code) DO UPDATE SET amount = EXCLUDED.amount
   WHERE catalog_from_price.amount IS DISTINCT FROM EXCLUDED.amount`

// The lock space of the recompute's buckets (the first key of pg_advisory_xact_lock(int, int)).
const BUCKET_LOCK = 727_024
// At most this many advisory locks per transaction, whatever a bulk write touches (PostgreSQL's lock table is shared and small).
const BUCKETS = 64

/**
 * What a statement on each table changed that a from price reads: the key of
 * each row written (from the statement's transition tables), an update only
 * when a column the from price reads changed, and how a key leads to products.
 */
const WATCHED: Record<string, { key: string; counts?: (row: string) => string; read: string[]; products: string }> = {
  // A price inside a price list is a sale price, not the from price.
  price: {
    key: "price_set_id",
    counts: (row) => `${row}.price_list_id IS NULL`,
    read: ["amount", "currency_code", "price_set_id", "price_list_id", "rules_count", "deleted_at"],
    products: `SELECT DISTINCT v.product_id FROM product_variant_price_set l JOIN product_variant v ON v.id = l.variant_id
                WHERE l.price_set_id = ANY(changed) AND l.deleted_at IS NULL`,
  },
  product_variant_price_set: {
    key: "variant_id",
    read: ["variant_id", "price_set_id", "deleted_at"],
    products: `SELECT DISTINCT product_id FROM product_variant WHERE id = ANY(changed)`,
  },
  product_variant: {
    key: "product_id",
    read: ["product_id", "deleted_at"],
    products: `SELECT DISTINCT id FROM unnest(changed) id WHERE id IS NOT NULL`,
  },
}

const onWrite = (table: string, { key, counts, read, products }: (typeof WATCHED)[string]) => {
  const columns = (alias: string) => read.map((column) => `${alias}.${column}`).join(", ")
  const counted = (row: string) => (counts ? counts(row) : "true")
  return `CREATE OR REPLACE FUNCTION catalog_from_price_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     changed text[];
   BEGIN
     -- Each branch names only the transition tables its event has.
     IF TG_OP = 'INSERT' THEN
       changed := ARRAY(SELECT DISTINCT ${key} FROM catalog_new WHERE ${counted("catalog_new")});
     ELSIF TG_OP = 'DELETE' THEN
       changed := ARRAY(SELECT DISTINCT ${key} FROM catalog_old WHERE ${counted("catalog_old")});
     ELSE
       changed := ARRAY(SELECT DISTINCT k FROM catalog_old o JOIN catalog_new n ON n.id = o.id, unnest(ARRAY[o.${key}, n.${key}]) k
                         WHERE (${counted("o")} OR ${counted("n")}) AND (${columns("o")}) IS DISTINCT FROM (${columns("n")}));
     END IF;
     IF cardinality(changed) > 0 THEN
       PERFORM catalog_from_price_refresh(ARRAY(${products}));
     END IF;
     RETURN NULL;
   END $$`
}

const TABLE = "catalog_from_price"

export const CATALOG_FROM_PRICE_OBJECTS = [
  `CREATE TABLE IF NOT EXISTS ${TABLE} (
     product_id text NOT NULL,
     currency_code text NOT NULL,
     amount numeric NOT NULL,
     PRIMARY KEY (product_id, currency_code))`,
  // The listing's price order in one currency; product_id makes it total, so a page is a stop in the walk.
  `CREATE INDEX IF NOT EXISTS "IDX_catalog_from_price_order" ON ${TABLE} (currency_code, amount, product_id)`,
  `CREATE OR REPLACE FUNCTION catalog_from_price_refresh(products text[]) RETURNS void LANGUAGE plpgsql AS $$
   DECLARE
     bucket int;
   BEGIN
     IF coalesce(cardinality(products), 0) = 0 THEN RETURN; END IF;
     -- In ascending order, so two writers never wait on each other's buckets in a cycle within one statement.
     FOR bucket IN SELECT DISTINCT abs(hashtext(id) % ${BUCKETS}) FROM unnest(products) id ORDER BY 1 LOOP
       PERFORM pg_advisory_xact_lock(${BUCKET_LOCK}, bucket);
     END LOOP;
     -- A statement after the locks: its snapshot sees what the writers we waited for committed.
     ${REWRITE("v.product_id = ANY(products)", "f.product_id = ANY(products)")};
   END $$`,
  ...Object.entries(WATCHED).flatMap(([table, watched]) => [
    onWrite(table, watched),
    // One trigger per event: PostgreSQL allows transition tables only on a single-event trigger.
    `CREATE OR REPLACE TRIGGER catalog_from_price_insert AFTER INSERT ON ${table}
       REFERENCING NEW TABLE AS catalog_new FOR EACH STATEMENT EXECUTE FUNCTION catalog_from_price_on_${table}()`,
    `CREATE OR REPLACE TRIGGER catalog_from_price_update AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS catalog_old NEW TABLE AS catalog_new FOR EACH STATEMENT EXECUTE FUNCTION catalog_from_price_on_${table}()`,
    `CREATE OR REPLACE TRIGGER catalog_from_price_delete AFTER DELETE ON ${table}
       REFERENCING OLD TABLE AS catalog_old FOR EACH STATEMENT EXECUTE FUNCTION catalog_from_price_on_${table}()`,
  ]),
]

// Serialises making the table and triggers (CREATE TABLE IF NOT EXISTS races with itself on the row type).
const CREATE_LOCK = 727_025

/**
 * Makes the table and its triggers (or replaces the triggers' functions) and
 * rewrites every product's from prices. In the caller's transaction: creating
 * the triggers locks the three tables against writes until it commits, so no
 * write falls between the rewrite and the triggers.
 */
async function makeFromPrices(trx: Knex.Transaction) {
  for (const statement of CATALOG_FROM_PRICE_OBJECTS) await trx.raw(statement)
  await trx.raw(REWRITE("true", "true"))
}

/** The migration script's: makes or renews the table, its triggers and every from price. */
export async function ensureCatalogFromPrices(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(?)`, [CREATE_LOCK])
    await makeFromPrices(trx)
  })
  await db.raw(`ANALYZE ${TABLE}`)
}

const ready = new WeakMap<Knex, Promise<void>>()

/**
 * The migration script makes the table (src/migration-scripts/catalog-listing.ts);
 * a database migrated without scripts (a test runner's copy of a template)
 * gets it on its first listing, under the lock, the others waiting for it.
 * Asked once per connection pool, not per request.
 */
export function catalogFromPricesReady(db: Knex): Promise<void> {
  let check = ready.get(db)
  if (!check) {
    check = madeOnFirstUse(db, TABLE, CREATE_LOCK, makeFromPrices)
    ready.set(db, check)
    // A failed check is made again by the next request.
    check.catch(() => ready.delete(db))
  }
  return check
}

/** For a database that lost the table after it was seen (restored from an older backup): the next listing makes it again. */
export const forgetCatalogFromPrices = (db: Knex) => void ready.delete(db)
