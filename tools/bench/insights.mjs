// `npm run bench -- --insights`: the staff Insights page at volume. Migrates
// and seeds a bench database of its own, adds 100,000 orders and 20,000
// customers with bulk SQL, starts commerce with NODE_ENV=production from its
// sources (as `medusa develop` runs it, so the bench never overwrites the
// production build other suites use), and measures the overview for 30 days and
// for the year (p95 of warm requests, target 300 ms) and the year's orders
// CSV streamed to the end (target 10 s, and the server's memory growth under
// 200 MB while it streams).
import { readFileSync, readdirSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT } from "../dev/stack.mjs"
import { seedInsightsVolume } from "./insights-seed.mjs"

const PORT = 9460
const URL_BASE = `http://localhost:${PORT}`
export const INSIGHTS_TARGETS = { overviewP95Ms: 300, exportSeconds: 10, exportMemoryMb: 200 }

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * A process and all its descendants, each with the fields of /proc/<pid>/stat
 * after its name (state, ppid, …; utime and stime at 11 and 12), Linux only.
 */
export function processTree(rootPid) {
  const stats = new Map()
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      stats.set(Number(pid), stat.slice(stat.lastIndexOf(")") + 2).split(" "))
    } catch {
      // gone meanwhile
    }
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) for (const [pid, fields] of stats) if (Number(fields[1]) === tree[i]) tree.push(pid)
  return tree.flatMap((pid) => (stats.has(pid) ? [{ pid, fields: stats.get(pid) }] : []))
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid) {
  const tree = processTree(rootPid).map(({ pid }) => pid)
  let kb = 0
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0)
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024)
}

async function timeOverview(headers, period, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const res = await fetch(`${URL_BASE}/admin/insights/overview?period=${period}&currency=ngn`, { headers })
    const body = await res.json()
    if (!res.ok) throw new Error(`overview ${period} answered ${res.status}: ${JSON.stringify(body)}`)
    times.push(performance.now() - started)
    if (i === runs - 1) say("bench", `${period}: ${body.overview.figures.orders} naira orders, net ₦${body.overview.figures.net}`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { runs, p50Ms: Math.round(percentile(sorted, 50)), p95Ms: Math.round(percentile(sorted, 95)), maxMs: Math.round(sorted.at(-1)) }
}

/** Downloads the year's orders CSV to nowhere, counting rows and watching the server's memory. */
async function timeExport(headers, serverPid) {
  const baselineMb = treeRssMb(serverPid)
  let peakMb = baselineMb
  const watch = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(serverPid))), 50)
  const started = performance.now()
  let rows = -1
  let bytes = 0
  try {
    const res = await fetch(`${URL_BASE}/admin/insights/exports/orders?period=year`, { headers })
    if (!res.ok) throw new Error(`export answered ${res.status}`)
    const decoder = new TextDecoder()
    for await (const chunk of res.body) {
      bytes += chunk.length
      rows += (decoder.decode(chunk, { stream: true }).match(/\r\n/g) ?? []).length
    }
  } finally {
    clearInterval(watch)
  }
  return { rows, megabytes: Math.round(bytes / 1e5) / 10, seconds: Math.round(performance.now() - started) / 1000, baselineMb, peakMb, growthMb: peakMb - baselineMb }
}

export function insightsVerdicts(result) {
  const missed = []
  for (const period of ["30d", "year"]) {
    if (result.overview[period].p95Ms > INSIGHTS_TARGETS.overviewP95Ms) missed.push(`overview ${period} p95 ${result.overview[period].p95Ms} ms > ${INSIGHTS_TARGETS.overviewP95Ms} ms`)
  }
  if (result.export.seconds > INSIGHTS_TARGETS.exportSeconds) missed.push(`year's CSV took ${result.export.seconds} s > ${INSIGHTS_TARGETS.exportSeconds} s`)
  if (result.export.growthMb >= INSIGHTS_TARGETS.exportMemoryMb) missed.push(`server grew ${result.export.growthMb} MB while streaming (≥ ${INSIGHTS_TARGETS.exportMemoryMb} MB)`)
  return missed
}

/** Runs the whole insights bench; resolves with the figures (and stops everything it started). */
export async function runInsightsBench({ orders = 100_000, customers = 20_000, runs = 40 } = {}) {
  const env = productionEnv({ urls: { commerce: URL_BASE, cms: "http://localhost:3461", storefront: "http://localhost:8461" }, paystackUrl: "http://localhost:9561" })
  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    await recreateDatabases(postgres.serverUrl, ["bench_insights_commerce"])
    const commerceEnv = { ...process.env, ...env.commerce, DATABASE_URL: databaseUrl(postgres.serverUrl, "bench_insights_commerce"), DISABLE_MEDUSA_ADMIN: "true" }
    const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
    const server = path.join(ROOT, "commerce")
    await runStep("commerce", "migrations", medusa, ["db:migrate"], { cwd: server, env: commerceEnv })
    await runStep("commerce", "demo seed", medusa, ["exec", "./src/scripts/seed.ts"], { cwd: server, env: commerceEnv })
    const client = new pg.Client({ connectionString: commerceEnv.DATABASE_URL })
    await client.connect()
    say("bench", `writing ${orders} orders and ${customers} customers`)
    const seeded = await seedInsightsVolume(client, { orders, customers, log: (m) => say("bench", m) }).finally(() => client.end())
    say("bench", `database holds ${JSON.stringify(seeded)}`)

    const child = startServer("commerce", medusa, ["start", "-p", String(PORT)], { cwd: server, env: { ...commerceEnv, LOG_LEVEL: "warn" } })
    await waitForHttp(`${URL_BASE}/health`, { child })
    const login = await fetch(`${URL_BASE}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@example.com", password: "supersecret" }),
    })
    const headers = { authorization: `Bearer ${(await login.json()).token}` }
    await sleep(2000)
    await timeOverview(headers, "30d", 5)
    await timeOverview(headers, "year", 5)
    const result = {
      seeded,
      overview: { "30d": await timeOverview(headers, "30d", runs), year: await timeOverview(headers, "year", runs) },
      export: await timeExport(headers, child.pid),
    }
    return { ...result, missed: insightsVerdicts(result) }
  } finally {
    await stopChildren()
    await postgres.stop()
  }
}

/** The figures as a Markdown table, each against its target. */
export function formatInsightsReport(result) {
  const { seeded, overview, export: csv, missed } = result
  const t = INSIGHTS_TARGETS
  return [
    `## Insights benchmark (${seeded.orders} orders, ${seeded.lines} lines, ${seeded.customers} customers, ${seeded.carts} carts)`,
    "",
    "| measure | result | target |",
    "|---|---|---|",
    `| overview, 30 days (${overview["30d"].runs} warm requests) | p50 ${overview["30d"].p50Ms} ms, p95 ${overview["30d"].p95Ms} ms, max ${overview["30d"].maxMs} ms | p95 ≤ ${t.overviewP95Ms} ms |`,
    `| overview, this year (${overview.year.runs} warm requests) | p50 ${overview.year.p50Ms} ms, p95 ${overview.year.p95Ms} ms, max ${overview.year.maxMs} ms | p95 ≤ ${t.overviewP95Ms} ms |`,
    `| this year's orders CSV | ${csv.rows} rows, ${csv.megabytes} MB in ${csv.seconds} s | ≤ ${t.exportSeconds} s |`,
    `| server memory while streaming it | ${csv.baselineMb} MB → peak ${csv.peakMb} MB (+${csv.growthMb} MB) | growth < ${t.exportMemoryMb} MB |`,
    "",
    missed.length ? `Missed: ${missed.join("; ")}` : "Every target met.",
  ].join("\n")
}
