import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { localDate, STORE_TIME_ZONE, type Period } from "./period"

export type Db = Knex

/** The connection Medusa's modules share: the aggregates read their tables directly, read-only. */
export const dbOf = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Runs one statement with named, bound parameters (`:name`) and answers its rows. */
export async function select<T>(db: Db, sql: string, bindings: Record<string, unknown>): Promise<T[]> {
  const result = await db.raw(sql, bindings as Knex.ValueDict)
  return result.rows as T[]
}

/** An amount PostgreSQL rounded to the currency's cents (as text, so nothing is lost on the way). */
export const money = (value: string | number | null | undefined) => (value === null || value === undefined ? 0 : Number(value))

/** The bound parameters every sales query shares (the days are the store's, inclusive: a period is made of whole days). */
export function windowBindings(period: Period, currency: string) {
  return {
    from: period.from,
    to: period.to,
    pfrom: period.previous.from,
    pto: period.previous.to,
    currency,
    tz: STORE_TIME_ZONE,
    first_day: localDate(period.from),
    last_day: localDate(new Date(period.to.getTime() - 1)),
    pfirst_day: localDate(period.previous.from),
    plast_day: localDate(new Date(period.previous.to.getTime() - 1)),
  }
}

/**
 * An order that counts: placed by a shopper (not a draft), not deleted.
 * Cancelled orders count where they were placed; the money they gave back
 * counts as a refund when it was given back.
 */
export const PLACED_ORDER = `o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft'`

/**
 * The order's summary as it was placed (version 1). Medusa 2.21 writes one
 * per version and sometimes two for the same later version (a refund's
 * credit line does), while the original total is the same in each.
 */
export const ORDER_SUMMARY = `JOIN order_summary s ON s.order_id = o.id AND s.version = 1 AND s.deleted_at IS NULL`

/** What the shopper paid when placing the order (items, shipping and taxes, less discounts), exact. */
export const ORDER_TOTAL = `(s.totals -> 'raw_original_order_total' ->> 'value')::numeric`

/** An order transaction's amount, exact (refunds are negative). */
export const TRANSACTION_AMOUNT = `(t.raw_amount ->> 'value')::numeric`

export const IN_PERIOD = (column: string) => `(${column} >= :from AND ${column} < :to)`
/**
 * In the period or the one compared with it. The range both lie in comes
 * first, so an index on the column is read as one range (an OR of two
 * ranges made PostgreSQL visit the table's pages in a bitmap instead).
 */
export const IN_EITHER_PERIOD = (column: string) =>
  `(${column} >= least(:from::timestamptz, :pfrom::timestamptz) AND ${column} < greatest(:to::timestamptz, :pto::timestamptz)
    AND (${IN_PERIOD(column)} OR (${column} >= :pfrom AND ${column} < :pto)))`
