import { describe, expect, it } from "vitest"
import { buildCalendar, escapeIcsText, eventCalendarUid, foldIcsLine, icsDateTime } from "../util/ics"
import { toCalendarEvent } from "../util/event-calendar"

const octets = (line: string) => new TextEncoder().encode(line).length
const stamp = new Date("2026-12-06T12:00:00Z")

describe("RFC 5545 text", () => {
  it("writes times in UTC with a Z, whatever zone the date came in", () => {
    expect(icsDateTime(new Date("2026-12-19T18:00:00+01:00"))).toBe("20261219T170000Z")
    expect(() => icsDateTime(new Date("nonsense"))).toThrow(RangeError)
  })

  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeIcsText("a\\b; c, d\r\ne\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf")
  })

  it("folds at 75 octets with CRLF and a space, never inside a UTF-8 character", () => {
    const line = `SUMMARY:${"Ọ̀rọ̀ àti ìtàn — ".repeat(12)}`
    const folded = foldIcsLine(line)
    const parts = folded.split("\r\n")
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75)
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true)
    // Unfolding (§3.1) gives the line back exactly: no character was cut.
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line)
    expect(foldIcsLine("SHORT:line")).toBe("SHORT:line")
  })
})

describe("buildCalendar", () => {
  const event = {
    id: 42,
    title: "Reading, signing; and talk",
    slug: "lagos-reading",
    startsAt: "2026-12-19T17:00:00.000Z",
    endsAt: null,
    timeZone: "Africa/Lagos",
    venue: "Terra Kulture, Victoria Island",
    onlineUrl: null,
  }

  it("gives an event the same UID as commerce's reminder email, so calendars keep one entry", () => {
    expect(eventCalendarUid(42, "https://books.example.com")).toBe("event-42@books.example.com")
    expect(toCalendarEvent(event, "https://books.example.com").uid).toBe("event-42@books.example.com")
  })

  it("writes a CRLF-ended VCALENDAR, an hour long when the event has no end", () => {
    const ics = buildCalendar([toCalendarEvent(event, "https://books.example.com")], { stamp })
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true)
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
    const unfolded = ics.replace(/\r\n /g, "")
    expect(unfolded).toContain("\r\nUID:event-42@books.example.com\r\n")
    expect(unfolded).toContain("\r\nDTSTART:20261219T170000Z\r\nDTEND:20261219T180000Z\r\n")
    expect(unfolded).toContain("\r\nDTSTAMP:20261206T120000Z\r\n")
    expect(unfolded).toContain("\r\nSUMMARY:Reading\\, signing\\; and talk\r\n")
    expect(unfolded).toContain("\r\nLOCATION:Terra Kulture\\, Victoria Island\r\n")
    expect(unfolded).toContain("\r\nURL:https://books.example.com/events/lagos-reading\r\n")
  })

  it("places an online event at its link, and names a subscribed feed", () => {
    const online = { ...event, id: 43, venue: null, onlineUrl: "https://meet.example.com/abc" }
    const ics = buildCalendar([toCalendarEvent(event, "https://b.example"), toCalendarEvent(online, "https://b.example")], { stamp, name: "My events" })
    const unfolded = ics.replace(/\r\n /g, "")
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(unfolded).toContain("\r\nX-WR-CALNAME:My events\r\n")
    expect(unfolded).toContain("\r\nLOCATION:https://meet.example.com/abc\r\n")
    expect(unfolded).toContain("Join online: https://meet.example.com/abc")
  })
})
