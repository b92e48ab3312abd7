// Flutterwave v3's list endpoints (GET /v3/transactions, GET /v3/refunds):
// `page` from 1, a fixed page size, a period in `from`/`to` (a date, YYYY-MM-DD,
// both days included, or an ISO date-time), newest first, and
// `meta.page_info` of { total, current_page, total_pages }.

export const PAGE_SIZE = 10
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

function parseDate(value, edge) {
  if (value === null || value === "") return null
  const date = new Date(DATE_ONLY.test(value) ? `${value}T${edge === "end" ? "23:59:59.999" : "00:00:00.000"}Z` : value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The page and period of a list request, or `{ problem }` naming what Flutterwave would refuse. */
export function parseListQuery(query) {
  const rawPage = query.get("page")
  const page = rawPage === null || rawPage === "" ? 1 : /^\d+$/.test(rawPage) && Number(rawPage) >= 1 ? Number(rawPage) : NaN
  if (Number.isNaN(page)) return { problem: "page must be a number from 1" }
  const from = parseDate(query.get("from"), "start")
  const to = parseDate(query.get("to"), "end")
  if (from === undefined) return { problem: "from must be a date in the format YYYY-MM-DD" }
  if (to === undefined) return { problem: "to must be a date in the format YYYY-MM-DD" }
  return { page, from, to }
}

/** Whether `createdAt` (ISO) lies within the period, both ends included. */
export const withinPeriod = (createdAt, { from, to }) => {
  const at = new Date(createdAt).getTime()
  return (!from || at >= from.getTime()) && (!to || at <= to.getTime())
}

/** One page of `items` (already filtered), newest first, with Flutterwave's `page_info`. */
export function pageOf(items, { page }) {
  const sorted = [...items].reverse().sort((a, b) => new Date(b.created_at) - new Date(a.created_at))
  const skipped = (page - 1) * PAGE_SIZE
  return {
    data: sorted.slice(skipped, skipped + PAGE_SIZE),
    meta: { page_info: { total: sorted.length, current_page: page, total_pages: Math.ceil(sorted.length / PAGE_SIZE) } },
  }
}
