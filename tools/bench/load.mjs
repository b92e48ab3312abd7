// Bounded load runs with autocannon against one URL.
import autocannon from "autocannon"
import { summarizeLoad } from "./report.mjs"

/**
 * Runs `connections` concurrent keep-alive clients against `url` for
 * `durationSeconds`, after a short unrecorded warm-up at the same
 * concurrency. Every run is bounded in time; nothing retries.
 */
export async function measureLoad(url, { connections, durationSeconds, warmupSeconds = 2 }) {
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds })
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10 })
  return summarizeLoad(result)
}
