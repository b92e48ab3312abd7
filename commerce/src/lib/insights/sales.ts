import { IN_EITHER_PERIOD, IN_PERIOD, PLACED_ORDER, TRANSACTION_AMOUNT, money, select, type Db } from "./sql"

/** One period's headline figures in one currency. */
export type SalesFigures = {
  gross: number
  refunded: number
  /** What the shop kept: sales of the period less what it gave back in the period. */
  net: number
  orders: number
  average_order_value: number
  customers: number
  new_customers: number
  returning_customers: number
  cancelled_orders: number
}

type Row = { current: boolean; [figure: string]: unknown }

// Each statement reads both periods at once; `current` tells them apart.
// Orders and what they took, from the sums per store day.
const ORDERS = `
  SELECT d.day >= :first_day::date AS current, sum(d.orders)::int AS orders, round(sum(d.gross), 2)::text AS gross
    FROM insights_day_sales d
   WHERE d.currency_code = :currency
     AND ((d.day >= :first_day::date AND d.day <= :last_day::date) OR (d.day >= :pfirst_day::date AND d.day <= :plast_day::date))
   GROUP BY 1`

// Who bought, from the orders' facts: a buyer is new when no order of theirs (in any currency) came before the period.
const BUYERS = `
  WITH buyers AS (
    SELECT DISTINCT f.created_at >= :from AS current, f.customer_id
      FROM insights_order_fact f
     WHERE f.currency_code = :currency AND ${IN_EITHER_PERIOD("f.created_at")} AND f.customer_id IS NOT NULL
  )
  SELECT current, count(*)::int AS customers,
         count(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM insights_order_fact e
            WHERE e.customer_id = buyers.customer_id
              AND e.created_at < CASE WHEN current THEN :from::timestamptz ELSE :pfrom::timestamptz END))::int AS new_customers
    FROM buyers GROUP BY current`

const REFUNDS = `
  SELECT t.created_at >= :from AS current, round(sum(-${TRANSACTION_AMOUNT}), 2)::text AS refunded
    FROM order_transaction t JOIN "order" o ON o.id = t.order_id
   WHERE t.deleted_at IS NULL AND t.reference = 'refund' AND t.currency_code = :currency
     AND ${PLACED_ORDER} AND ${IN_EITHER_PERIOD("t.created_at")}
   GROUP BY 1`

const CANCELLATIONS = `
  SELECT o.canceled_at >= :from AS current, count(*)::int AS cancelled_orders
    FROM "order" o
   WHERE ${PLACED_ORDER} AND o.currency_code = :currency AND o.canceled_at IS NOT NULL AND ${IN_EITHER_PERIOD("o.canceled_at")}
   GROUP BY 1`

const figuresOf = (rows: Row[][], current: boolean): SalesFigures => {
  const pick = (name: string) => rows.map((r) => r.find((row) => row.current === current)?.[name]).find((v) => v !== undefined)
  const gross = money(pick("gross") as string)
  const refunded = money(pick("refunded") as string)
  const orders = Number(pick("orders") ?? 0)
  const customers = Number(pick("customers") ?? 0)
  const newCustomers = Number(pick("new_customers") ?? 0)
  return {
    gross,
    refunded,
    net: money((gross - refunded).toFixed(2)),
    orders,
    average_order_value: orders ? money((gross / orders).toFixed(2)) : 0,
    customers,
    new_customers: newCustomers,
    returning_customers: customers - newCustomers,
    cancelled_orders: Number(pick("cancelled_orders") ?? 0),
  }
}

/** The period's and the previous period's headline figures. */
export async function salesFigures(db: Db, bindings: Record<string, unknown>) {
  const rows = await Promise.all([ORDERS, BUYERS, REFUNDS, CANCELLATIONS].map((sql) => select<Row>(db, sql, bindings)))
  return { current: figuresOf(rows, true), previous: figuresOf(rows, false) }
}

export type SalesDay = { day: string; orders: number; gross: number; refunded: number; net: number }

/** Every local day of the period, with what was sold and given back that day. */
export async function salesByDay(db: Db, bindings: Record<string, unknown>): Promise<SalesDay[]> {
  const rows = await select<{ day: string; orders: number; gross: string; refunded: string }>(
    db,
    `WITH days AS (SELECT generate_series(:first_day::date, :last_day::date, interval '1 day')::date AS day),
          sold AS (
            SELECT d.day, sum(d.orders) AS orders, sum(d.gross) AS gross
              FROM insights_day_sales d
             WHERE d.currency_code = :currency AND d.day >= :first_day::date AND d.day <= :last_day::date
             GROUP BY 1),
          given_back AS (
            SELECT (t.created_at AT TIME ZONE :tz)::date AS day, sum(-${TRANSACTION_AMOUNT}) AS refunded
              FROM order_transaction t JOIN "order" o ON o.id = t.order_id
             WHERE t.deleted_at IS NULL AND t.reference = 'refund' AND t.currency_code = :currency
               AND ${PLACED_ORDER} AND ${IN_PERIOD("t.created_at")}
             GROUP BY 1)
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(s.orders, 0)::int AS orders,
            round(coalesce(s.gross, 0), 2)::text AS gross, round(coalesce(g.refunded, 0), 2)::text AS refunded
       FROM days d LEFT JOIN sold s USING (day) LEFT JOIN given_back g USING (day)
      ORDER BY d.day`,
    bindings
  )
  return rows.map((r) => {
    const gross = money(r.gross)
    const refunded = money(r.refunded)
    return { day: r.day, orders: r.orders, gross, refunded, net: money((gross - refunded).toFixed(2)) }
  })
}
