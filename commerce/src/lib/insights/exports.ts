import { cmsRsvps, type CmsRsvp } from "./cms"
import { csvLine, keysetBatches } from "./csv"
import { LEARNER_ROWS, type LearnerRow } from "./learning"
import { CURRENT_ORDER_ITEMS, FORMAT_JOINS, FORMAT_SOURCES, LINE_AMOUNT, LINE_FORMAT, LINE_UNIT_PRICE } from "./lines"
import { localDateTime, type Period } from "./period"
import { IN_PERIOD, ORDER_SUMMARY, ORDER_TOTAL, PLACED_ORDER, select, type Db } from "./sql"

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
  const fetch = (after: { at: string; id: string } | null) =>
    select<OrderLineRow>(
      db,
      `WITH ${FORMAT_SOURCES},
            page AS (
              SELECT o.* FROM "order" o
               WHERE ${PLACED_ORDER} AND ${IN_PERIOD("o.created_at")} AND (:currency::text IS NULL OR o.currency_code = :currency)
                 AND (o.created_at, o.id) > (:after_at::timestamptz, :after_id::text)
               ORDER BY o.created_at, o.id LIMIT :limit)
       SELECT o.created_at::text AS cursor_at, o.id, o.display_id, o.created_at, o.status, o.canceled_at, o.email, o.currency_code,
              r.name AS region, round(${ORDER_TOTAL}, 2)::text AS order_total,
              round(coalesce(refunds.refunded, 0), 2)::text AS refunded,
              li.product_title, li.variant_title, li.variant_sku, CASE WHEN li.id IS NULL THEN NULL ELSE ${LINE_FORMAT("li")} END AS format,
              oi.quantity::int AS quantity, round(${LINE_UNIT_PRICE}, 2)::text AS unit_price, round(${LINE_AMOUNT}, 2)::text AS line_total
         FROM page o ${ORDER_SUMMARY}
         LEFT JOIN region r ON r.id = o.region_id
         LEFT JOIN LATERAL (
           SELECT sum(-(t.raw_amount ->> 'value')::numeric) AS refunded FROM order_transaction t
            WHERE t.order_id = o.id AND t.reference = 'refund' AND t.deleted_at IS NULL) refunds ON true
         LEFT JOIN LATERAL ${CURRENT_ORDER_ITEMS} oi ON true
         LEFT JOIN order_line_item li ON li.id = oi.item_id
         LEFT JOIN LATERAL (
           SELECT sum((a.raw_amount ->> 'value')::numeric) AS discount FROM order_line_item_adjustment a
            WHERE a.item_id = li.id AND a.version = oi.version AND a.deleted_at IS NULL) adj ON true
         ${FORMAT_JOINS("li")}
        ORDER BY o.created_at, o.id, li.id`,
      { from: period.from, to: period.to, currency, after_at: after?.at ?? "-infinity", after_id: after?.id ?? "", limit: BATCH }
    )
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
  const fetch = (after: { id: string; currency: string } | null) =>
    select<CustomerRow>(
      db,
      `SELECT o.customer_id, o.currency_code, max(cu.email) AS email, max(cu.first_name) AS first_name, max(cu.last_name) AS last_name,
              bool_or(cu.has_account) AS has_account, count(*)::int AS orders, round(sum(${ORDER_TOTAL}), 2)::text AS spent,
              min(o.created_at) AS first_order_at, max(o.created_at) AS last_order_at
         FROM "order" o ${ORDER_SUMMARY}
         JOIN customer cu ON cu.id = o.customer_id
        WHERE ${PLACED_ORDER} AND ${IN_PERIOD("o.created_at")} AND (:currency::text IS NULL OR o.currency_code = :currency)
          AND (o.customer_id, o.currency_code) > (:after_id::text, :after_currency::text)
        GROUP BY o.customer_id, o.currency_code
        ORDER BY o.customer_id, o.currency_code LIMIT :limit`,
      { from: period.from, to: period.to, currency, after_id: after?.id ?? "", after_currency: after?.currency ?? "", limit: BATCH }
    )
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
