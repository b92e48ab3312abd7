/**
 * Calendar files (RFC 5545): one event for "Add to calendar", many for a
 * reader's private feed. The same rules as commerce's event-reminder
 * attachment (commerce/src/lib/lifecycle/ics.ts), and the same UID for an
 * event, so a calendar that got the reminder's file and subscribes to the
 * feed keeps one entry: times in UTC, text escaped (§3.3.11), lines ended with
 * CRLF and folded at 75 octets (§3.1), never inside a UTF-8 character.
 */
export type CalendarEvent = {
  /** `event-<id>@<storefront host>`: see eventCalendarUid. */
  uid: string
  title: string
  startsAt: Date
  /** Without an end, the entry lasts DEFAULT_DURATION_MS (a calendar shows a zero-length event badly). */
  endsAt?: Date | null
  location?: string | null
  url?: string | null
  description?: string | null
}

export const DEFAULT_DURATION_MS = 60 * 60_000
const PRODID = "-//Adaeze Okafor Books//Events//EN"
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** The UID commerce's reminder email gives the same event. */
export const eventCalendarUid = (eventId: number, siteUrl: string) => `event-${eventId}@${new URL(siteUrl).hostname}`

/** 20261212T170000Z: a DATE-TIME in UTC (§3.3.5, form #2). */
export function icsDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("An .ics time must be a valid date")
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (§3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n")
}

/** One content line folded so no line is over 75 octets: CRLF and a space before each continuation (§3.1). */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ""
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // The continuation's leading space counts toward its 75.
    if (octets + size > MAX_OCTETS) {
      parts.push(current)
      current = " "
      octets = 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join("\r\n")
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const ends = event.endsAt && event.endsAt > event.startsAt ? event.endsAt : new Date(event.startsAt.getTime() + DEFAULT_DURATION_MS)
  return [
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(stamp)}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(ends)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    // URL is a URI value, not TEXT: it is not escaped (§3.8.4.6).
    ...(event.url && /^https?:\/\/\S+$/.test(event.url) ? [`URL:${event.url}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    "END:VEVENT",
  ]
}

/**
 * A VCALENDAR of the events; `name` (X-WR-CALNAME) labels a subscribed feed
 * in the reader's calendar app. `stamp` is when the file was made (DTSTAMP).
 */
export function buildCalendar(events: CalendarEvent[], { stamp, name }: { stamp: Date; name?: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(name)}`] : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ]
  return lines.map(foldIcsLine).join("\r\n") + "\r\n"
}
