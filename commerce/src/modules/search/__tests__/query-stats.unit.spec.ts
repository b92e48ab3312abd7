import { QueryStatsBuffer, type QueryDayCount } from "../lib/query-stats"

describe("QueryStatsBuffer", () => {
  const day = new Date("2026-12-06T23:00:00Z")

  it("adds up searches per query and day, and writes them in one batch", async () => {
    const writes: QueryDayCount[][] = []
    const buffer = new QueryStatsBuffer(async (rows) => void writes.push(rows))
    buffer.add("outline", day, true)
    buffer.add("outline", day, false)
    buffer.add("quince", day, false)
    await buffer.flush()
    expect(writes).toEqual([
      [
        { day: day.toISOString(), query: "outline", searches: 2, empty_searches: 1 },
        { day: day.toISOString(), query: "quince", searches: 1, empty_searches: 1 },
      ],
    ])
    await buffer.flush()
    expect(writes).toHaveLength(1)
  })

  it("keeps the counts of a failed write for the next one", async () => {
    let fail = true
    const writes: QueryDayCount[][] = []
    const buffer = new QueryStatsBuffer(async (rows) => {
      if (fail) throw new Error("database down")
      writes.push(rows)
    })
    buffer.add("outline", day, true)
    await buffer.flush()
    fail = false
    buffer.add("outline", day, true)
    await buffer.flush()
    expect(writes).toEqual([[{ day: day.toISOString(), query: "outline", searches: 2, empty_searches: 0 }]])
  })
})
