export type QueryDayCount = { day: string; query: string; searches: number; empty_searches: number }

const FLUSH_AFTER_MS = 2000
const MAX_KEYS = 5000

/**
 * Counts searches in memory and writes them in one statement a few seconds
 * later: under load, a thousand searches for one word are one upsert, not a
 * thousand writes queued on one row. A crash loses at most those seconds.
 */
export class QueryStatsBuffer {
  private counts = new Map<string, QueryDayCount>()
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly write: (rows: QueryDayCount[]) => Promise<void>) {}

  add(query: string, day: Date, found: boolean): void {
    const key = `${day.toISOString()} ${query}`
    const entry = this.counts.get(key) ?? { day: day.toISOString(), query, searches: 0, empty_searches: 0 }
    entry.searches++
    if (!found) entry.empty_searches++
    this.counts.set(key, entry)
    if (this.counts.size >= MAX_KEYS) void this.flush()
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_AFTER_MS)
      this.timer.unref()
    }
  }

  /** Writes what is counted so far; a failed write is given back to the next one. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const rows = [...this.counts.values()]
    this.counts = new Map()
    this.writing = this.writing.then(async () => {
      if (!rows.length) return
      try {
        await this.write(rows)
      } catch {
        for (const row of rows) {
          const key = `${row.day} ${row.query}`
          const entry = this.counts.get(key)
          if (entry) {
            entry.searches += row.searches
            entry.empty_searches += row.empty_searches
          } else this.counts.set(key, row)
        }
        if (!this.timer) {
          this.timer = setTimeout(() => void this.flush(), FLUSH_AFTER_MS * 5)
          this.timer.unref()
        }
      }
    })
    return this.writing
  }
}
