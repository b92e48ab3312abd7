import { cmsRsvps, type CmsRsvp } from "./cms"
import { csvLine, keysetBatches } from "./csv"
import { syncInsightsFacts } from "./facts"
import { LEARNER_ROWS, type LearnerRow } from "./learning"
import { FORMAT_JOINS, FORMAT_SOURCES, LINE_FORMAT } from "./lines"
import { localDateTime, type Period } from "./period"
import { IN_PERIOD, select, type Db } from "./sql"

const BATCH = 1000
const when = (value: Date | string | null) => (value ? localDateTime(new Date(value)) : "")

type OrderLineRow = {
  cursor_at: string
  id: string
  display_id: number
  created_at: Date
  status: string
  canceled_at: Date | null
  email: string | null
  currency_code: string
  region: string | null
  order_total: string
  refunded: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  format: string | null
  quantity: number | null
  unit_price: string | null
  line_total: string | null
}

export const ORDER_COLUMNS = [
  "order", "order_id", "placed_at", "status", "cancelled_at", "customer_email", "region", "currency",
  "order_total", "refunded", "product", "variant", "sku", "format", "quantity", "unit_price", "line_total",
]

/** One row per line of the orders placed in the period (amounts in major units, as text), oldest first, a thousand orders a batch. */
export function orderLineBatches(db: Db, period: Period, currency: string | null) {
  const fetch = async (after: { at: string; id: string } | null) => {
    // The facts catch up with the orders once, before the first batch.
    if (!after) await syncInsightsFacts(db)
    return select<OrderLineRow>(
      db,
      `WITH ${FORMAT_SOURCES},
            page AS (
              SELECT f.* FROM insights_order_fact f
               WHERE ${IN_PERIOD("f.created_at")} AND (:currency::text IS NULL OR f.currency_code = :currency)
                 AND (f.created_at, f.order_id) > (:after_at::timestamptz, :after_id::text)
               ORDER BY f.created_at, f.order_id LIMIT :limit)
       SELECT f.created_at::text AS cursor_at, f.order_id AS id, o.display_id, f.created_at, o.status, f.canceled_at, o.email,
              f.currency_code, r.name AS region, round(f.total, 2)::text AS order_total,
              round(coalesce(refunds.refunded, 0), 2)::text AS refunded,
              lf.product_title, lf.variant_title, lf.variant_sku, CASE WHEN lf.item_id IS NULL THEN NULL ELSE ${LINE_FORMAT("lf")} END AS format,
              lf.quantity::int AS quantity, round(lf.unit_price, 2)::text AS unit_price, round(lf.amount, 2)::text AS line_total
         FROM page f
         JOIN "order" o ON o.id = f.order_id
         LEFT JOIN region r ON r.id = f.region_id
         LEFT JOIN LATERAL (
           SELECT sum(-(t.raw_amount ->> 'value')::numeric) AS refunded FROM order_transaction t
            WHERE t.order_id = f.order_id AND t.reference = 'refund' AND t.deleted_at IS NULL) refunds ON true
         LEFT JOIN insights_line_fact lf ON lf.order_id = f.order_id
         ${FORMAT_JOINS("lf")}
        ORDER BY f.created_at, f.order_id, lf.item_id`,
      { from: period.from, to: period.to, currency, after_at: after?.at ?? "-infinity", after_id: after?.id ?? "", limit: BATCH }
    )
  }
  const toCsv = (rows: OrderLineRow[]) =>
    rows
      .map((r) =>
        csvLine([
          r.display_id, r.id, when(r.created_at), r.status, when(r.canceled_at), r.email, r.region, r.currency_code.toUpperCase(),
          r.order_total, r.refunded, r.product_title, r.variant_title, r.variant_sku, r.format, r.quantity, r.unit_price, r.line_total,
        ])
      )
      .join("")
  // The cursor is the last row's order: every line of an order is in the same batch.
  return keysetBatches(fetch, (last) => ({ at: last.cursor_at, id: last.id }), BATCH, toCsv)
}

type CustomerRow = {
  customer_id: string
  currency_code: string
  email: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  orders: number
  spent: string
  first_order_at: Date
  last_order_at: Date
}

export const CUSTOMER_COLUMNS = ["customer_id", "email", "first_name", "last_name", "has_account", "currency", "orders", "spent", "first_order_at", "last_order_at"]

/** One row per customer and currency they bought in during the period (money in two currencies is never added). */
export function customerBatches(db: Db, period: Period, currency: string | null) {
  const fetch = async (after: { id: string; currency: string } | null) => {
    if (!after) await syncInsightsFacts(db)
    return select<CustomerRow>(
      db,
      `SELECT o.customer_id, o.currency_code, max(cu.email) AS email, max(cu.first_name) AS first_name, max(cu.last_name) AS last_name,
              bool_or(cu.has_account) AS has_account, count(*)::int AS orders, round(sum(o.total), 2)::text AS spent,
              min(o.created_at) AS first_order_at, max(o.created_at) AS last_order_at
         FROM insights_order_fact o
         JOIN customer cu ON cu.id = o.customer_id
        WHERE ${IN_PERIOD("o.created_at")} AND (:currency::text IS NULL OR o.currency_code = :currency)
          AND (o.customer_id, o.currency_code) > (:after_id::text, :after_currency::text)
        GROUP BY o.customer_id, o.currency_code
        ORDER BY o.customer_id, o.currency_code LIMIT :limit`,
      { from: period.from, to: period.to, currency, after_id: after?.id ?? "", after_currency: after?.currency ?? "", limit: BATCH }
    )
  }
  const toCsv = (rows: CustomerRow[]) =>
    rows
      .map((r) =>
        csvLine([
          r.customer_id, r.email, r.first_name, r.last_name, r.has_account, r.currency_code.toUpperCase(), r.orders, r.spent,
          when(r.first_order_at), when(r.last_order_at),
        ])
      )
      .join("")
  return keysetBatches(fetch, (last) => ({ id: last.customer_id, currency: last.currency_code }), BATCH, toCsv)
}

export const LEARNER_COLUMNS = [
  "enrollment_id", "customer_id", "email", "name", "course", "status", "enrolled_at", "completed_at",
  "lessons_done", "lessons", "progress_percent", "last_activity_at", "certificate_code",
]

/** The learners who enrolled in the period, newest first. */
export function learnerBatches(db: Db, period: Period) {
  const fetch = (after: { at: string; id: string } | null) =>
    select<LearnerRow & { cursor_at: string }>(db, LEARNER_ROWS, {
      from: period.from,
      to: period.to,
      course_id: null,
      after_at: after?.at ?? "infinity",
      after_id: after?.id ?? "",
      limit: BATCH,
    })
  const toCsv = (rows: (LearnerRow & { cursor_at: string })[]) =>
    rows
      .map((r) =>
        csvLine([
          r.enrollment_id, r.customer_id, r.email, r.name, r.course, r.status, when(r.enrolled_at), when(r.completed_at),
          r.lessons_done, r.lessons, Math.round(r.progress * 100), when(r.last_activity_at), r.certificate_code,
        ])
      )
      .join("")
  return keysetBatches(fetch, (last) => ({ at: last.cursor_at, id: last.enrollment_id }), BATCH, toCsv)
}

export const RSVP_COLUMNS = ["rsvp_id", "rsvp_at", "event", "event_starts_at", "name", "email", "status", "customer_id"]

/** The RSVPs made in the period, from the cms's API, page by page. */
export async function* rsvpBatches(period: Period): AsyncGenerator<string> {
  let after: string | null = null
  do {
    const page: { rsvps: CmsRsvp[]; next: string | null } = await cmsRsvps(period, after, 500)
    if (page.rsvps.length) {
      yield page.rsvps
        .map((r) => csvLine([r.id, when(r.created_at), r.event_title, when(r.event_starts_at), r.name, r.email, r.status, r.customer_id]))
        .join("")
    }
    after = page.next
  } while (after)
}
