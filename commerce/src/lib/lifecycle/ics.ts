/**
 * A calendar file of one event (RFC 5545): a VCALENDAR holding one VEVENT,
 * times in UTC, text escaped (§3.3.11), lines ended with CRLF and folded at
 * 75 octets (§3.1), never inside a UTF-8 character.
 */
export type CalendarEvent = {
  /** Stable per event: a calendar that imports the file twice updates one entry. */
  uid: string
  title: string
  starts_at: Date
  /** Without an end, the entry lasts DEFAULT_DURATION_MS (a calendar shows a zero-length event badly). */
  ends_at?: Date | null
  location?: string | null
  url?: string | null
  description?: string | null
  /** When the file was made (DTSTAMP). */
  stamp: Date
}

export const DEFAULT_DURATION_MS = 60 * 60_000
const PRODID = "-//Adaeze Okafor Books//Event reminder//EN"
const MAX_OCTETS = 75

/** 20261212T170000Z: a DATE-TIME in UTC (§3.3.5, form #2). */
export function icsDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("An .ics time must be a valid date")
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (§3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
}

/** One content line folded so no line is over 75 octets: CRLF and a space before each continuation (§3.1). */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ""
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8")
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

/** The .ics text of one event, ready to attach. */
export function buildEventIcs(event: CalendarEvent): string {
  const ends = event.ends_at && event.ends_at > event.starts_at ? event.ends_at : new Date(event.starts_at.getTime() + DEFAULT_DURATION_MS)
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.starts_at)}`,
    `DTEND:${icsDateTime(ends)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    // URL is a URI value, not TEXT: it is not escaped (§3.8.4.6).
    ...(event.url && /^https?:\/\/\S+$/.test(event.url) ? [`URL:${event.url}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ]
  return lines.map(foldIcsLine).join("\r\n") + "\r\n"
}
