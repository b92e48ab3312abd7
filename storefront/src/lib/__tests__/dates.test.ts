import { describe, expect, it } from "vitest"
import { countryName } from "../util/countries"
import { formatCertificateDate, formatDate, formatDateTime, formatEventRange, formatEventTime, zoneName } from "../util/dates"

describe("formatDate", () => {
  it("writes day, short month and year, never a numeric date", () => {
    expect(formatDate("2026-12-06T10:00:00Z")).toBe("6 Dec 2026")
    expect(formatDate(new Date("2026-01-31T12:00:00Z"))).toBe("31 Jan 2026")
  })

  it("keeps three-letter months where ICU's en-GB would write 'Sept'", () => {
    expect(formatDate("2026-09-06T12:00:00Z")).toBe("6 Sep 2026")
  })

  it("gives the day it was in Lagos, not on the server's clock", () => {
    // 23:30 UTC on 5 December is 00:30 on 6 December in Lagos (UTC+1).
    expect(formatDate("2026-12-05T23:30:00Z")).toBe("6 Dec 2026")
    expect(formatDate("2026-12-05T23:30:00Z", "UTC")).toBe("5 Dec 2026")
  })

  it("shows nothing for a missing or broken date", () => {
    expect(formatDate(null)).toBe("")
    expect(formatDate("not a date")).toBe("")
  })
})

describe("event times", () => {
  it("names Lagos's zone WAT, where Intl only says GMT+1", () => {
    expect(formatEventTime("2026-12-19T17:00:00Z", "Africa/Lagos")).toBe("Sat 19 Dec 2026, 18:00 WAT")
    expect(zoneName("2026-06-01T12:00:00Z", "Africa/Lagos")).toBe("WAT")
    expect(zoneName("2026-06-01T12:00:00Z", "Africa/Nairobi")).toBe("EAT")
  })

  it("names zones with summer time by the season of the date", () => {
    expect(zoneName("2026-01-15T12:00:00Z", "Europe/London")).toBe("GMT")
    expect(zoneName("2026-07-15T12:00:00Z", "Europe/London")).toBe("BST")
    expect(zoneName("2026-01-15T12:00:00Z", "America/New_York")).toBe("EST")
    expect(zoneName("2026-07-15T12:00:00Z", "America/New_York")).toBe("EDT")
  })

  it("falls back to UTC for a zone mistyped in the cms instead of failing the page", () => {
    expect(formatEventTime("2026-12-19T17:00:00Z", "Lagos/Nowhere")).toBe("Sat 19 Dec 2026, 17:00 UTC")
  })

  it("writes a same-day event as one date with a time range", () => {
    expect(formatEventRange("2026-12-19T17:00:00Z", "2026-12-19T19:30:00Z", "Africa/Lagos")).toBe("Sat 19 Dec 2026, 18:00–20:30 WAT")
    expect(formatEventRange("2026-12-19T17:00:00Z", null, "Africa/Lagos")).toBe("Sat 19 Dec 2026, 18:00 WAT")
  })

  it("writes both dates in full when an event runs over days", () => {
    expect(formatEventRange("2026-12-19T17:00:00Z", "2026-12-20T15:00:00Z", "Africa/Lagos")).toBe("Sat 19 Dec 2026, 18:00 WAT – Sun 20 Dec 2026, 16:00 WAT")
  })
})

describe("formatCertificateDate", () => {
  it("repeats the long date printed on a certificate (UTC)", () => {
    expect(formatCertificateDate("2026-12-06T23:30:00Z")).toBe("6 December 2026")
  })
})

describe("countryName", () => {
  it("names a country from its code, whatever its case", () => {
    expect(countryName("ng")).toBe("Nigeria")
    expect(countryName("US")).toBe("United States")
    expect(countryName("gb")).toBe("United Kingdom")
  })

  it("shows an unknown code as it came rather than guessing", () => {
    expect(countryName("zz")).toBe("ZZ")
    expect(countryName("")).toBe("")
    expect(countryName(null)).toBe("")
  })
})

describe("formatDateTime", () => {
  it("writes a moment of an order's life in the shop's zone, named: 6 Dec 2026, 14:05 WAT", () => {
    expect(formatDateTime("2026-12-06T13:05:00Z")).toBe("6 Dec 2026, 14:05 WAT")
    // Past midnight in Lagos is the next day there.
    expect(formatDateTime("2026-12-31T23:30:00Z")).toBe("1 Jan 2027, 00:30 WAT")
    expect(formatDateTime("2026-12-06T13:05:00Z", "Europe/London")).toBe("6 Dec 2026, 13:05 GMT")
    expect(formatDateTime("not a date")).toBe("")
    expect(formatDateTime(null)).toBe("")
  })
})
