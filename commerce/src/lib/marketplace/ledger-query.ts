import { z } from "@medusajs/framework/zod"
import { localDate, startOfLocalDay } from "../insights/period"
import { csvLine } from "../insights/csv"
import type { LedgerEntryType } from "../../modules/marketplace/models/ledger-entry"

const DAY_MS = 86_400_000
/** The longest statement: two years of days. */
export const MAX_STATEMENT_DAYS = 731
const MAX_DAYS = MAX_STATEMENT_DAYS

export const calendarDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date written YYYY-MM-DD`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${field} is not a calendar date`)

/**
 * `?from&to`: local dates (Africa/Lagos), both included; without them the
 * last 30 days to today. `format=csv` downloads the statement.
 */
export const LedgerPeriodQuery = z
  .object({ from: calendarDate("from").optional(), to: calendarDate("to").optional(), format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json") })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to) {
      const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS
      if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" })
      if (days >= MAX_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `a statement spans at most ${MAX_DAYS} days` })
    }
  })
export type LedgerPeriodQuery = z.infer<typeof LedgerPeriodQuery>

/** The window [from, to) of the query, with the local dates it covers. */
export function ledgerPeriod(q: { from?: string; to?: string }, now = new Date()) {
  const to = q.to ?? localDate(now)
  const from = q.from ?? localDate(new Date(startOfLocalDay(to).getTime() - 29 * DAY_MS))
  if (Date.parse(to) < Date.parse(from)) return { from: startOfLocalDay(from), to: startOfLocalDay(from), from_date: from, to_date: to }
  return { from: startOfLocalDay(from), to: new Date(startOfLocalDay(to).getTime() + DAY_MS), from_date: from, to_date: to }
}

export const LEDGER_CSV_COLUMNS = ["date", "type", "order_id", "line_item_id", "amount", "currency", "reference"]

/** A statement's entries as CSV rows; amounts in major units with two decimals (kobo / 100, exact). */
export function ledgerCsvRows(entries: { created_at: Date; type: LedgerEntryType; order_id: string | null; line_item_id: string | null; amount: number; currency_code: string; reference: string | null }[]) {
  const major = (subunits: number) => `${subunits < 0 ? "-" : ""}${Math.floor(Math.abs(subunits) / 100)}.${String(Math.abs(subunits) % 100).padStart(2, "0")}`
  return entries.map((e) => csvLine([new Date(e.created_at).toISOString(), e.type, e.order_id, e.line_item_id, major(e.amount), e.currency_code.toUpperCase(), e.reference])).join("")
}
