// Paystack's list endpoints (GET /transaction, GET /refund): offset paging
// with `perPage` (default 50) and `page` (from 1), a period in `from`/`to`
// (an ISO date-time, or a date: `from` its start, `to` its end), newest
// first, and a `meta` of { total, skipped, perPage, page, pageCount }.
// https://paystack.com/docs/api/pagination/

const DEFAULT_PER_PAGE = 50
const MAX_PER_PAGE = 1000
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const positiveInteger = (value, fallback) => {
  if (value === null || value === "") return fallback
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : NaN
}

function parseDate(value, edge) {
  if (value === null || value === "") return null
  const date = new Date(DATE_ONLY.test(value) && edge === "end" ? `${value}T23:59:59.999Z` : value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The paging and period of a list request, or `{ problem }` naming the parameter Paystack would refuse. */
export function parseListQuery(query) {
  const perPage = positiveInteger(query.get("perPage"), DEFAULT_PER_PAGE)
  const page = positiveInteger(query.get("page"), 1)
  if (Number.isNaN(perPage) || perPage > MAX_PER_PAGE) return { problem: `Invalid perPage: a whole number from 1 to ${MAX_PER_PAGE}` }
  if (Number.isNaN(page)) return { problem: "Invalid page: a whole number from 1" }
  const from = parseDate(query.get("from"), "start")
  const to = parseDate(query.get("to"), "end")
  if (from === undefined) return { problem: "Invalid from date" }
  if (to === undefined) return { problem: "Invalid to date" }
  return { perPage, page, from, to }
}

/** Whether `createdAt` (ISO) lies within the request's period, both ends included. */
export const withinPeriod = (createdAt, { from, to }) => {
  const at = new Date(createdAt).getTime()
  return (!from || at >= from.getTime()) && (!to || at <= to.getTime())
}

/** One page of `items` (already filtered) newest first, with Paystack's `meta`. */
export function pageOf(items, { perPage, page }, createdAtOf = (item) => item.created_at) {
  // Reversed first, so that items made in the same millisecond also come newest first.
  const sorted = [...items].reverse().sort((a, b) => new Date(createdAtOf(b)) - new Date(createdAtOf(a)))
  const skipped = (page - 1) * perPage
  return {
    data: sorted.slice(skipped, skipped + perPage),
    meta: { total: sorted.length, skipped, perPage, page, pageCount: Math.ceil(sorted.length / perPage) },
  }
}
