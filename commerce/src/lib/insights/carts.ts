import { IN_PERIOD, money, select, type Db } from "./sql"

const LISTED = 20

export type AbandonedCart = { cart_id: string; email: string; created_at: string; last_seen_at: string; units: number; value: number; items: string }

/**
 * Carts begun in the period that were left: with items and an email, not
 * completed and untouched for 24 hours. `value` is what their items cost.
 */
export async function abandonedCarts(db: Db, bindings: Record<string, unknown>) {
  const rows = await select<Omit<AbandonedCart, "value"> & { value: string; total_carts: number; total_value: string }>(
    db,
    `WITH left_behind AS (
       SELECT c.id AS cart_id, c.email, c.created_at, c.updated_at AS last_seen_at,
              sum(li.quantity)::int AS units, sum((li.raw_unit_price ->> 'value')::numeric * li.quantity) AS value
         FROM cart c JOIN cart_line_item li ON li.cart_id = c.id AND li.deleted_at IS NULL
        WHERE c.deleted_at IS NULL AND c.completed_at IS NULL AND c.email IS NOT NULL AND c.currency_code = :currency
          AND ${IN_PERIOD("c.created_at")} AND c.updated_at < now() - interval '24 hours'
        GROUP BY c.id),
          latest AS (SELECT * FROM left_behind ORDER BY created_at DESC, cart_id LIMIT ${LISTED})
     -- What each listed cart holds is read for the few listed only.
     SELECT l.cart_id, l.email, l.created_at, l.last_seen_at, l.units, round(l.value, 2)::text AS value,
            (SELECT string_agg(li.title, ', ' ORDER BY li.created_at) FROM cart_line_item li
              WHERE li.cart_id = l.cart_id AND li.deleted_at IS NULL) AS items,
            t.total_carts, round(t.total_value, 2)::text AS total_value
       FROM latest l CROSS JOIN (SELECT count(*)::int AS total_carts, sum(value) AS total_value FROM left_behind) t
      ORDER BY l.created_at DESC, l.cart_id`,
    bindings
  )
  return {
    count: rows[0]?.total_carts ?? 0,
    value: money(rows[0]?.total_value),
    latest: rows.map(({ total_carts, total_value, ...cart }) => ({ ...cart, value: money(cart.value) })),
  }
}

/** Carts begun in the period that reached payment (a payment collection), and how many of them became orders (src/lib/insights/facts.ts keeps the list). */
export async function checkoutConversion(db: Db, bindings: Record<string, unknown>) {
  const [row] = await select<{ reached_payment: number; completed: number }>(
    db,
    `SELECT count(*)::int AS reached_payment, count(*) FILTER (WHERE k.completed)::int AS completed
       FROM insights_checkout k
      WHERE k.currency_code = :currency AND ${IN_PERIOD("k.created_at")}`,
    bindings
  )
  const reached = row?.reached_payment ?? 0
  const completed = row?.completed ?? 0
  return { reached_payment: reached, completed, rate: reached ? Math.round((completed / reached) * 1000) / 1000 : null }
}
