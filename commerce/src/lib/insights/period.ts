/** The store's own time zone: days, weeks and "today" begin at midnight here. */
export const STORE_TIME_ZONE = "Africa/Lagos"

export const PERIODS = ["today", "7d", "30d", "year", "custom"] as const
export type PeriodName = (typeof PERIODS)[number]

/** A half-open interval of instants, [from, to). */
export type Window = { from: Date; to: Date }

/** The chosen period and the one it is compared with. */
export type Period = Window & { name: PeriodName; previous: Window; days: number }

const DAY_MS = 86_400_000

// Making a formatter costs far more than using one (an export formats a time per row): one per zone.
const clocks = new Map<string, Intl.DateTimeFormat>()
const clockOf = (timeZone: string) => {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    clocks.set(timeZone, clock)
  }
  return clock
}

/** How far the zone is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = clockOf(timeZone).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"))
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the zone. */
export function localDate(instant: Date, timeZone = STORE_TIME_ZONE): string {
  return new Date(instant.getTime() + zoneOffsetMs(instant, timeZone)).toISOString().slice(0, 10)
}

/** The instant a calendar date (YYYY-MM-DD) begins in the zone. */
export function startOfLocalDay(date: string, timeZone = STORE_TIME_ZONE): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  // The offset of the instant near that midnight; Lagos keeps one offset all year.
  return new Date(midnightUtc - zoneOffsetMs(new Date(midnightUtc), timeZone))
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Whole local days from `from` to `to` (both YYYY-MM-DD, `to` exclusive). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

/**
 * The window of a named period ending with today (in the store's zone), and
 * the window it is compared with: the one just before it, of the same length,
 * except for "this year", compared with the same days of last year.
 * `custom` takes inclusive local dates.
 */
export function resolvePeriod(
  input: { period: PeriodName; from?: string; to?: string },
  now = new Date(),
  timeZone = STORE_TIME_ZONE
): Period {
  const today = localDate(now, timeZone)
  const tomorrow = addDays(today, 1)
  let first: string
  let end: string
  switch (input.period) {
    case "today":
      ;[first, end] = [today, tomorrow]
      break
    case "7d":
      ;[first, end] = [addDays(today, -6), tomorrow]
      break
    case "30d":
      ;[first, end] = [addDays(today, -29), tomorrow]
      break
    case "year":
      ;[first, end] = [`${today.slice(0, 4)}-01-01`, tomorrow]
      break
    case "custom":
      if (!input.from || !input.to) throw new Error("a custom period needs from and to")
      ;[first, end] = [input.from, addDays(input.to, 1)]
      break
  }
  const days = daysBetween(first, end)
  const previous: [string, string] =
    input.period === "year"
      ? [`${Number(first.slice(0, 4)) - 1}-01-01`, `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`]
      : [addDays(first, -days), first]
  const at = (date: string) => startOfLocalDay(date, timeZone)
  return {
    name: input.period,
    from: at(first),
    to: at(end),
    days,
    previous: { from: at(previous[0]), to: at(previous[1]) },
  }
}

/** An instant as the store's clock shows it, with the offset: 2026-03-10T00:30:00+01:00. */
export function localDateTime(instant: Date, timeZone = STORE_TIME_ZONE): string {
  const offset = zoneOffsetMs(instant, timeZone)
  const local = new Date(instant.getTime() + offset).toISOString().slice(0, 19)
  const minutes = Math.abs(offset / 60_000)
  const sign = offset < 0 ? "-" : "+"
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
}
