// `npm run bench -- --community`: the community at the volume of issue 22.
// Migrates and seeds a bench database of its own, writes 10,000 members,
// 50,000 discussions and 500,000 replies with their groups, reactions, badges
// and notifications (community-seed.mjs), starts commerce with
// NODE_ENV=production from its sources on port 9490, signs readers up (their
// customers become seeded members, from the busiest author to a quiet one) and
// measures at 10 connections (warm), each request signed in as one of them:
// the member directory's name search (target p95 150 ms), the bell's unread
// count (/community/unread, p95 30 ms; and, for comparison, the same count
// through /store) and the activity feed's first page (p95 150 ms; "not
// built" while its route answers 404).
import path from "node:path"
import pg from "pg"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT } from "../dev/stack.mjs"
import { medusa, signUpCustomer } from "./checkout.mjs"
import { adoptReaders, countCommunity, seedCommunity } from "./community-seed.mjs"
import { median } from "./report.mjs"
import { cpuMs, hammer } from "./search.mjs"

const PORT = 9490
const URL_BASE = `http://localhost:${PORT}`
export const COMMUNITY_TARGETS = { directoryP95Ms: 150, unreadP95Ms: 30, feedP95Ms: 150 }
const READERS = 10

/** Names readers look for: common and rare first names, surnames, a full name, a part of a word, one nobody has. */
export const DIRECTORY_QUERIES = ["ada", "okafor", "chi", "Ngozi Eze", "mar", "Adichie", "emeka o", "ola", "zqx", "tunde"]

/** What the header's bell asks commerce for (through the storefront's /api/community/unread). */
export const UNREAD_PATH = "/community/unread"
/** The same count through Medusa's /store pipeline (publishable key, locale, store-wide authentication): for comparison. */
export const STORE_UNREAD_PATH = "/store/community/notifications/unread-count"

/** The measured rows, in the order the report prints them; a row without a target is there for comparison. */
export const COMMUNITY_ROWS = [
  { key: "directory", name: `member directory search (${DIRECTORY_QUERIES.length} names in turn)`, target: "directoryP95Ms" },
  { key: "unread", name: `unread notification count (the bell's ${UNREAD_PATH})`, target: "unreadP95Ms" },
  { key: "unreadStore", name: `unread count through /store (${STORE_UNREAD_PATH})`, target: null },
  { key: "feed", name: "activity feed, first page of 20", target: "feedP95Ms" },
]

export function communityVerdicts(result) {
  const missed = []
  for (const { key, target } of COMMUNITY_ROWS) {
    const m = result[key]
    if (!m || m.notBuilt || !target) continue
    if (m.p95Ms > COMMUNITY_TARGETS[target]) missed.push(`${key} p95 ${m.p95Ms} ms > ${COMMUNITY_TARGETS[target]} ms`)
    if (m.failed) missed.push(`${m.failed} failed ${key} requests`)
  }
  return missed
}

/** One GET as a reader: its status and body (the feed may not be built yet). */
async function probe(path, headers) {
  const started = performance.now()
  const res = await fetch(`${URL_BASE}${path}`, { headers })
  const body = await res.json().catch(() => null)
  return { status: res.status, body, ms: Math.round(performance.now() - started) }
}

/**
 * `count` requests one at a time: the server's CPU time per request and the
 * latency of a request alone. Steadier than latency under load on a shared
 * machine, where other work takes the cores: what a change saves shows here.
 */
async function measureAlone(paths, headers, pid, count = 200) {
  const times = []
  const before = cpuMs(pid)
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const res = await fetch(`${URL_BASE}${paths[i % paths.length]}`, { headers: headers(i) })
    await res.arrayBuffer()
    times.push(performance.now() - started)
  }
  return { aloneMedianMs: Math.round(median(times) * 10) / 10, cpuMsPerRequest: Math.round(((cpuMs(pid) - before) / count) * 10) / 10 }
}

async function measure(name, paths, headers, { connections, durationSeconds, pid }) {
  const first = await probe(paths[0], headers(0))
  if (first.status === 404 && name === "feed") return { notBuilt: true }
  if (first.status !== 200) throw new Error(`${paths[0]} answered ${first.status}: ${JSON.stringify(first.body).slice(0, 300)}`)
  if (name === "feed" && !Array.isArray(first.body?.items)) throw new Error(`${paths[0]} answered without items: ${JSON.stringify(first.body).slice(0, 300)}`)
  say("bench", `${name} at ${connections} connections for ${durationSeconds} s`)
  const m = { ...(await hammer(paths, { headers, connections, durationSeconds, baseUrl: URL_BASE })), ...(await measureAlone(paths, headers, pid)) }
  say("bench", `${name}: p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms, p99 ${m.p99Ms} ms, ${m.rps} req/s, ${m.failed} failed; alone ${m.aloneMedianMs} ms, ${m.cpuMsPerRequest} ms CPU`)
  return m
}

/**
 * Runs the whole community bench; resolves with the figures (and stops everything it started).
 * `reuse`: the last run's bench database, migrated but not seeded again (the seed takes minutes).
 */
export async function runCommunityBench({ durationSeconds = 10, connections = 10, reuse = false } = {}) {
  const env = productionEnv({ urls: { commerce: URL_BASE, cms: "http://localhost:3495", storefront: "http://localhost:8495" }, paystackUrl: "http://localhost:9595" })
  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    if (!reuse) await recreateDatabases(postgres.serverUrl, ["bench_community_commerce"])
    const commerceEnv = { ...process.env, ...env.commerce, DATABASE_URL: databaseUrl(postgres.serverUrl, "bench_community_commerce"), DISABLE_MEDUSA_ADMIN: "true" }
    const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
    const server = path.join(ROOT, "commerce")
    await runStep("commerce", "migrations", medusaBin, ["db:migrate"], { cwd: server, env: commerceEnv })
    if (!reuse) await runStep("commerce", "demo seed", medusaBin, ["exec", "./src/scripts/seed.ts"], { cwd: server, env: commerceEnv })
    const client = new pg.Client({ connectionString: commerceEnv.DATABASE_URL })
    await client.connect()
    try {
      const seedStarted = Date.now()
      const seeded = reuse ? await countCommunity(client) : await seedCommunity(client, { log: (m) => say("bench", m) })
      say("bench", `community holds ${JSON.stringify(seeded)} (${reuse ? "the last run's database" : `written in ${Math.round((Date.now() - seedStarted) / 1000)} s`})`)

      const child = startServer("commerce", medusaBin, ["start", "-p", String(PORT)], { cwd: server, env: { ...commerceEnv, LOG_LEVEL: "warn" } })
      await waitForHttp(`${URL_BASE}/health`, { child })
      const api = medusa(URL_BASE)
      const { publishable_key: key } = await api.get("/storefront/publishable-key")
      const store = { "x-publishable-api-key": key }
      const readers = []
      for (let i = 0; i < READERS; i++) {
        const email = `bench-member-${i}-${Date.now()}@example.com`
        readers.push(await signUpCustomer(api, store, { email, password: "bench-password-1", headers: { "x-forwarded-for": `10.9.0.${i + 1}` } }))
      }
      const members = await adoptReaders(client, readers.map((r) => r.customer.id), { log: (m) => say("bench", m) })
      const as = (n) => readers[n % readers.length].headers

      const directoryPaths = DIRECTORY_QUERIES.map((q) => `/store/community/members?q=${encodeURIComponent(q)}`)
      const queries = []
      for (const [i, p] of directoryPaths.entries()) {
        const { body, ms } = await probe(p, as(i))
        queries.push({ q: DIRECTORY_QUERIES[i], first_page: body?.members?.length ?? null, more: !!body?.next_cursor, cold_ms: ms })
      }
      say("bench", `directory: ${queries.map((r) => `"${r.q}" ${r.first_page}${r.more ? "+" : ""}`).join(", ")}`)
      const options = { connections, durationSeconds, pid: child.pid }
      const directory = await measure("directory", directoryPaths, as, options)
      const unread = await measure("unread", [UNREAD_PATH], as, options)
      const unreadStore = await measure("unread through /store", [STORE_UNREAD_PATH], as, options)
      const feed = await measure("feed", ["/store/community/feed?limit=20"], as, options)
      const result = { seeded, connections, durationSeconds, readers: members, queries, directory, unread, unreadStore, feed }
      return { ...result, missed: communityVerdicts(result) }
    } finally {
      await client.end()
    }
  } finally {
    await stopChildren()
    await postgres.stop()
  }
}

/** The figures as a Markdown table, each against its target. */
export function formatCommunityReport(result) {
  const { seeded, connections, missed } = result
  const rows = COMMUNITY_ROWS.map(({ key, name, target }) => {
    const m = result[key]
    const goal = target ? `p95 ≤ ${COMMUNITY_TARGETS[target]} ms` : "(comparison)"
    if (!m || m.notBuilt) return `| ${name} | not built (the route answers 404) | | | | | | | ${goal} |`
    return `| ${name} | ${m.requests} (${m.failed} failed) | ${m.rps} | ${m.p50Ms} ms | ${m.p95Ms} ms | ${m.p99Ms} ms | ${m.aloneMedianMs} ms | ${m.cpuMsPerRequest} ms | ${goal} |`
  })
  return [
    `## Community benchmark (${seeded.members} members, ${seeded.discussions} discussions, ${seeded.replies} replies, ${seeded.notifications} notifications; ${connections} connections)`,
    "",
    "| measure | requests | req/s | p50 | p95 | p99 | one at a time (median) | server CPU per request | target |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "p50/p95/p99 and req/s under load; then 200 requests one at a time for the latency of one alone and the server's CPU per request (steadier on a shared machine).",
    missed.length ? `Missed: ${missed.join("; ")}` : "Every target met.",
  ].join("\n")
}
