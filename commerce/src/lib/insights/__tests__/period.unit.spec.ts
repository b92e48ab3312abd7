import { localDate, resolvePeriod, startOfLocalDay } from "../period"

// 23:30 UTC on 9 March is already 00:30 on 10 March in Lagos (UTC+1).
const NOW = new Date("2026-03-09T23:30:00Z")

describe("insights periods in the store's time zone", () => {
  it("reads dates and midnights in Lagos, not UTC", () => {
    expect(localDate(NOW)).toBe("2026-03-10")
    expect(startOfLocalDay("2026-03-10").toISOString()).toBe("2026-03-09T23:00:00.000Z")
  })

  it("today runs from Lagos midnight to the next, compared with yesterday", () => {
    const p = resolvePeriod({ period: "today" }, NOW)
    expect([p.from.toISOString(), p.to.toISOString(), p.days]).toEqual(["2026-03-09T23:00:00.000Z", "2026-03-10T23:00:00.000Z", 1])
    expect(p.previous).toEqual({ from: new Date("2026-03-08T23:00:00Z"), to: new Date("2026-03-09T23:00:00Z") })
  })

  it("7 and 30 days end with today and are compared with the same length before", () => {
    const week = resolvePeriod({ period: "7d" }, NOW)
    expect([week.from.toISOString(), week.days]).toEqual(["2026-03-03T23:00:00.000Z", 7])
    expect(week.previous.to).toEqual(week.from)
    expect(week.previous.from.toISOString()).toBe("2026-02-24T23:00:00.000Z")
    expect(resolvePeriod({ period: "30d" }, NOW).days).toBe(30)
  })

  it("this year is compared with the same days of last year", () => {
    const p = resolvePeriod({ period: "year" }, NOW)
    expect([p.from.toISOString(), p.to.toISOString()]).toEqual(["2025-12-31T23:00:00.000Z", "2026-03-10T23:00:00.000Z"])
    expect(p.previous).toEqual({ from: new Date("2024-12-31T23:00:00Z"), to: new Date("2025-03-10T23:00:00Z") })
  })

  it("a custom period includes both its dates", () => {
    const p = resolvePeriod({ period: "custom", from: "2026-02-01", to: "2026-02-28" }, NOW)
    expect([p.from.toISOString(), p.to.toISOString(), p.days]).toEqual(["2026-01-31T23:00:00.000Z", "2026-02-28T23:00:00.000Z", 28])
    expect(p.previous.from.toISOString()).toBe("2026-01-03T23:00:00.000Z")
  })
})
