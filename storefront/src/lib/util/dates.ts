/**
 * Every date and time the shop shows, in one form: "6 Dec 2026" (day, short
 * month, year: never the ambiguous "06/12/2026"), and times with the name of
 * the zone they are in ("18:00 WAT").
 */

/** The shop's home zone: a date without a zone of its own is the day it was in Lagos. */
export const SHOP_TIME_ZONE = "Africa/Lagos"

// Fixed three-letter months: ICU's en-GB writes "Sept", which breaks the rhythm of a list.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/**
 * Zones whose short name Intl only gives as an offset ("GMT+1" for Lagos):
 * the names their readers use. Zones with daylight saving (London, New York)
 * are named by Intl itself, summer and winter.
 */
const ZONE_NAMES: Record<string, string> = {
  "Africa/Lagos": "WAT",
  "Africa/Abuja": "WAT",
  "Africa/Douala": "WAT",
  "Africa/Kinshasa": "WAT",
  "Africa/Porto-Novo": "WAT",
  "Africa/Niamey": "WAT",
  "Africa/Nairobi": "EAT",
  "Africa/Kampala": "EAT",
  "Africa/Dar_es_Salaam": "EAT",
  "Africa/Addis_Ababa": "EAT",
  "Africa/Johannesburg": "SAST",
  "Asia/Kolkata": "IST",
  "Asia/Dubai": "GST",
  UTC: "UTC",
  "Etc/UTC": "UTC",
}

type Parts = { weekday: string; day: string; month: number; year: string; hour: string; minute: string }

// Making an Intl formatter costs about 0.1 ms, a page of search results or events dates dozens of things:
// one formatter per zone (the shop's and the few the cms names), made once.
const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(date: Date, timeZone: string): Parts {
  let formatter = partsFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "numeric",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    })
    partsFormatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ""
  return { weekday: get("weekday"), day: String(Number(get("day"))), month: Number(get("month")), year: get("year"), hour: get("hour"), minute: get("minute") }
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** An IANA zone Intl knows, or UTC: a zone mistyped in the cms must not fail the page. */
function knownZone(timeZone: string): string {
  if (partsFormatters.has(timeZone)) return timeZone
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone })
    return timeZone
  } catch {
    return "UTC"
  }
}

/** "6 Dec 2026"; an empty string for no date or a date that does not parse. */
export function formatDate(value: string | Date | null | undefined, timeZone: string = SHOP_TIME_ZONE): string {
  const date = toDate(value)
  if (!date) return ""
  const p = partsIn(date, knownZone(timeZone))
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`
}

/** "6 Dec 2026, 14:05 WAT": a moment in an order's life, in the shop's zone, named. */
export function formatDateTime(value: string | Date | null | undefined, timeZone: string = SHOP_TIME_ZONE): string {
  const date = toDate(value)
  if (!date) return ""
  const zone = knownZone(timeZone)
  const p = partsIn(date, zone)
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${p.hour}:${p.minute} ${zoneName(date, zone)}`
}

/**
 * "6 December 2026", in UTC: the words printed on a course certificate, which
 * its public check repeats exactly.
 */
export function formatCertificateDate(value: string | Date): string {
  const date = toDate(value)
  return date ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date) : ""
}

/** The name of a zone at a moment: "WAT", "BST" in a London summer, "EST" in a New York winter, "GMT+5:45" when nothing better exists. */
export function zoneName(value: string | Date, timeZone: string): string {
  const zone = knownZone(timeZone)
  if (ZONE_NAMES[zone]) return ZONE_NAMES[zone]
  const date = toDate(value) ?? new Date()
  const short = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? zone
  const british = short("en-GB")
  // en-GB names European zones; en-US names the American ones ("EST") that en-GB gives as offsets.
  return /^GMT[+-]/.test(british) ? short("en-US") : british
}

/** "Sat 19 Dec 2026, 18:00 WAT": an event's time in its own zone, named, so readers abroad see when it really is. */
export function formatEventTime(iso: string, timeZone: string): string {
  const date = toDate(iso)
  if (!date) return ""
  const zone = knownZone(timeZone)
  const p = partsIn(date, zone)
  return `${p.weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${p.hour}:${p.minute} ${zoneName(date, zone)}`
}

/** An event's start and end: "Sat 19 Dec 2026, 18:00–20:00 WAT" on one day, both in full when it spans days. */
export function formatEventRange(startsAt: string, endsAt: string | null | undefined, timeZone: string): string {
  const start = toDate(startsAt)
  const end = toDate(endsAt)
  if (!start) return ""
  if (!end) return formatEventTime(startsAt, timeZone)
  const zone = knownZone(timeZone)
  const a = partsIn(start, zone)
  const b = partsIn(end, zone)
  const sameDay = a.day === b.day && a.month === b.month && a.year === b.year
  if (!sameDay) return `${formatEventTime(startsAt, zone)} – ${formatEventTime(end.toISOString(), zone)}`
  return `${a.weekday} ${a.day} ${MONTHS[a.month - 1]} ${a.year}, ${a.hour}:${a.minute}–${b.hour}:${b.minute} ${zoneName(end, zone)}`
}

/** The day and short month of a moment in a zone, for a calendar-leaf badge: { day: "19", month: "Dec" }. */
export function calendarLeaf(iso: string, timeZone: string): { day: string; month: string } {
  const date = toDate(iso)
  if (!date) return { day: "", month: "" }
  const p = partsIn(date, knownZone(timeZone))
  return { day: p.day, month: MONTHS[p.month - 1] }
}
