/** The store's clock: every date on the page is shown as it is in Lagos. */
export const STORE_TIME_ZONE = "Africa/Lagos"

// Each currency written as its own shoppers write it: ₦12,500.00, $18.00.
const LOCALES: Record<string, string> = { ngn: "en-NG", usd: "en-US" }

export const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat(LOCALES[currency] ?? "en-GB", { style: "currency", currency: currency.toUpperCase(), currencyDisplay: "narrowSymbol" }).format(amount)

/** Short amounts for chart axes: ₦1.2M, $950. */
export const formatMoneyShort = (amount: number, currency: string) =>
  new Intl.NumberFormat(LOCALES[currency] ?? "en-GB", {
    style: "currency",
    currency: currency.toUpperCase(),
    currencyDisplay: "narrowSymbol",
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(amount)

export const formatNumber = (n: number) => new Intl.NumberFormat("en-GB").format(n)
export const formatPercent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 1000) / 10}%`)

/** A local calendar day the API already counted in Lagos (YYYY-MM-DD): 6 Dec. */
export const formatDay = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))

export const formatDateTime = (instant: string | null) =>
  instant ? new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: STORE_TIME_ZONE }).format(new Date(instant)) : "—"

/** The change from the previous period, as a share (null when there was nothing before to compare with). */
export const changeFrom = (current: number, previous: number) => (previous === 0 ? (current === 0 ? 0 : null) : (current - previous) / previous)

/** Today's date in Lagos (YYYY-MM-DD), for the custom period's fields. */
export const lagosToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: STORE_TIME_ZONE }).format(new Date())
