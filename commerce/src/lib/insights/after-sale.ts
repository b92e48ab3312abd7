import { IN_PERIOD, ORDER_SUMMARY, ORDER_TOTAL, PLACED_ORDER, TRANSACTION_AMOUNT, money, select, type Db } from "./sql"

const LISTED = 20

export type RefundRow = { refunded_at: string; order_id: string; display_id: number; email: string | null; amount: number; reason: string | null; note: string | null }
export type CancellationRow = { cancelled_at: string; order_id: string; display_id: number; email: string | null; total: number }

/**
 * The period's refunds (money given back, dated when it was given), with the
 * reason staff chose and their note, and a count per reason. Medusa's order
 * cancellation takes no reason, so cancellations are listed without one.
 */
export async function refundsAndCancellations(db: Db, bindings: Record<string, unknown>) {
  const [refunds, reasons, cancellations] = await Promise.all([
    select<Omit<RefundRow, "amount"> & { amount: string }>(
      db,
      `SELECT t.created_at AS refunded_at, o.id AS order_id, o.display_id, o.email,
              round(-${TRANSACTION_AMOUNT}, 2)::text AS amount, rr.label AS reason, rf.note
         FROM order_transaction t
         JOIN "order" o ON o.id = t.order_id
         LEFT JOIN refund rf ON rf.id = t.reference_id
         LEFT JOIN refund_reason rr ON rr.id = rf.refund_reason_id
        WHERE t.deleted_at IS NULL AND t.reference = 'refund' AND t.currency_code = :currency
          AND ${PLACED_ORDER} AND ${IN_PERIOD("t.created_at")}
        ORDER BY t.created_at DESC LIMIT ${LISTED}`,
      bindings
    ),
    select<{ reason: string | null; refunds: number; amount: string }>(
      db,
      `SELECT rr.label AS reason, count(*)::int AS refunds, round(sum(-${TRANSACTION_AMOUNT}), 2)::text AS amount
         FROM order_transaction t
         JOIN "order" o ON o.id = t.order_id
         LEFT JOIN refund rf ON rf.id = t.reference_id
         LEFT JOIN refund_reason rr ON rr.id = rf.refund_reason_id
        WHERE t.deleted_at IS NULL AND t.reference = 'refund' AND t.currency_code = :currency
          AND ${PLACED_ORDER} AND ${IN_PERIOD("t.created_at")}
        GROUP BY rr.label ORDER BY 2 DESC`,
      bindings
    ),
    select<Omit<CancellationRow, "total"> & { total: string }>(
      db,
      `SELECT o.canceled_at AS cancelled_at, o.id AS order_id, o.display_id, o.email, round(${ORDER_TOTAL}, 2)::text AS total
         FROM "order" o ${ORDER_SUMMARY}
        WHERE ${PLACED_ORDER} AND o.currency_code = :currency AND o.canceled_at IS NOT NULL AND ${IN_PERIOD("o.canceled_at")}
        ORDER BY o.canceled_at DESC LIMIT ${LISTED}`,
      bindings
    ),
  ])
  return {
    refunds: refunds.map((r) => ({ ...r, amount: money(r.amount) })),
    refund_reasons: reasons.map((r) => ({ reason: r.reason ?? "No reason given", refunds: r.refunds, amount: money(r.amount) })),
    cancellations: cancellations.map((c) => ({ ...c, total: money(c.total) })),
  }
}
