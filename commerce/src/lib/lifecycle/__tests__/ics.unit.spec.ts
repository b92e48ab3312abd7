import { icsEvent, parseIcs } from "../../../../integration-tests/utils/parse-ics"
import { buildEventIcs, DEFAULT_DURATION_MS, escapeIcsText, foldIcsLine, icsDateTime } from "../ics"

const base = {
  uid: "event-42@books.example.com",
  title: "Reading in Lagos",
  starts_at: new Date("2026-12-12T17:00:00.000Z"),
  ends_at: new Date("2026-12-12T19:30:00.000Z"),
  stamp: new Date("2026-12-11T17:05:09.123Z"),
}

describe("the event .ics builder (RFC 5545)", () => {
  it("writes one VEVENT in a VCALENDAR with UTC times, a stable UID and CRLF line ends", () => {
    const text = buildEventIcs({ ...base, location: "Freedom Park, Lagos", url: "https://books.example.com/events/reading" })
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true)
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true)
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
    expect(icsEvent(text)).toEqual({
      UID: "event-42@books.example.com",
      DTSTAMP: "20261211T170509Z",
      DTSTART: "20261212T170000Z",
      DTEND: "20261212T193000Z",
      SUMMARY: "Reading in Lagos",
      LOCATION: "Freedom Park, Lagos",
      URL: "https://books.example.com/events/reading",
    })
    expect(buildEventIcs({ ...base, stamp: new Date() })).toContain("UID:event-42@books.example.com\r\n")
  })

  it("gives an event without an end (or ending before it starts) an hour, and leaves out what it lacks", () => {
    const fields = icsEvent(buildEventIcs({ ...base, ends_at: null }))
    expect(fields.DTEND).toBe(icsDateTime(new Date(base.starts_at.getTime() + DEFAULT_DURATION_MS)))
    expect(fields.DTEND).toBe("20261212T180000Z")
    expect(icsEvent(buildEventIcs({ ...base, ends_at: new Date("2026-12-12T16:00:00Z") })).DTEND).toBe("20261212T180000Z")
    expect(fields).not.toHaveProperty("LOCATION")
    expect(fields).not.toHaveProperty("URL")
    expect(fields).not.toHaveProperty("DESCRIPTION")
  })

  it("converts a time in any zone to UTC", () => {
    expect(icsDateTime(new Date("2026-12-12T18:00:00+01:00"))).toBe("20261212T170000Z")
    expect(icsDateTime(new Date("2026-03-29T02:30:00-05:00"))).toBe("20260329T073000Z")
    expect(() => icsDateTime(new Date("nonsense"))).toThrow(RangeError)
  })

  it("escapes backslashes, semicolons, commas and line breaks in text, and a parser reads them back", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf")
    const title = "Q&A; poems, prose\\notes\nand more"
    const text = buildEventIcs({ ...base, title, description: "Line one\nLine two; three, four" })
    expect(text).toContain("SUMMARY:Q&A\\; poems\\, prose\\\\notes\\nand more\r\n")
    expect(icsEvent(text).SUMMARY).toBe(title)
    expect(icsEvent(text).DESCRIPTION).toBe("Line one\nLine two; three, four")
  })

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const long = `DESCRIPTION:${"Ọ̀rọ̀ àti ìtàn — ".repeat(12)}`
    const folded = foldIcsLine(long)
    const lines = folded.split("\r\n")
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75)
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true)
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(long)
    expect(folded).not.toContain("\uFFFD")
    expect(foldIcsLine("SUMMARY:short")).toBe("SUMMARY:short")
    expect(foldIcsLine("X".repeat(75))).toBe("X".repeat(75))
    expect(foldIcsLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`)

    const text = buildEventIcs({ ...base, description: "word ".repeat(60) })
    expect(parseIcs(text).length).toBeGreaterThan(0)
    expect(icsEvent(text).DESCRIPTION).toBe("word ".repeat(60))
  })

  it("never writes a URL that could break a line", () => {
    expect(icsEvent(buildEventIcs({ ...base, url: "https://x.example/a\r\nATTENDEE:evil" }))).not.toHaveProperty("URL")
  })
})
