// `npm run bench -- --hot-paths`: what commerce's hot paths cost in CPU, side
// by side in three configurations (issue 24, "scale out"):
//   (a) one process with the in-memory modules,
//   (b) the Redis profile: one server process and a worker,
//   (c) the Redis profile: two server processes and a worker
// (`--configs=a,c` picks some; `--configs=a` is the single-process run alone).
// Each runs commerce's production build (commerce/.medusa/server, `medusa
// build` first) on the same bench database, migrated and seeded once; (b) and
// (c) start through tools/dev/commerce-cluster.mjs as `npm run start` does, on
// a Redis the bench owns (flushed before each). For add to cart, cart
// retrieval (with the storefront's fields) and completion: requests one at a
// time and at 10 connections, each with p50/p95, req/s, the commerce processes'
// CPU milliseconds per request (user + system time from /proc, summed over the
// worker's and every server's process tree, ÷ requests; the bench process is
// node:cluster's primary in (b)/(c) and hands connections to the servers: it
// is not counted) and SQL statements per request (sql-counter.cjs in every
// process, one file each, summed). `--cpu-prof=<dir>` also writes a V8 CPU
// profile of (a)'s server (node --cpu-prof) when it stops.
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { COMMERCE_BUILD, startCommerceCluster } from "../dev/commerce-cluster.mjs"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { freePort, runStep, say, startServer, stopChildren, stopServer, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT, bin } from "../dev/stack.mjs"
import { resumeSupervising, stopSupervising } from "../dev/supervisor.mjs"
import { STOREFRONT_FIELDS, hammer, pool, prepareShop, readyCarts } from "./checkout.mjs"
import { processTree } from "./insights.mjs"
import { median } from "./report.mjs"

const PORT = 9480
// (b) and (c): the worker answers /health here, the servers on PORT.
const WORKER_PORT = 9483
const URL_BASE = `http://localhost:${PORT}`
export const HOT_PATH_TARGETS = { addCpuMs: 90, completeCpuMs: 150 }
/** The scale-out aims: (c)'s CPU per request at most 10 % above (a)'s, twice (a)'s add-to-cart throughput, a single add in 100 ms. */
export const SCALE_OUT_TARGETS = { overheadPct: 10, addThroughputRatio: 2, aloneAddP50Ms: 100 }

/** The configurations `--configs` picks from. */
export const HOT_PATH_CONFIGURATIONS = {
  a: { id: "a", label: "one process, in-memory modules", servers: 1, redis: false },
  b: { id: "b", label: "Redis, 1 server + worker", servers: 1, redis: true },
  c: { id: "c", label: "Redis, 2 servers + worker", servers: 2, redis: true },
}
/** The steps the configurations are compared on; (a) also measures add to cart and completion with Medusa's default fields. */
export const SCALE_OUT_STEPS = ["add to cart", "cart retrieval", "completion"]

/** `--configs=a,c` → ["a", "c"], in the order a, b, c; throws on anything else. */
export function parseHotPathConfigs(text = "a,b,c") {
  const asked = text.split(",").map((id) => id.trim().toLowerCase()).filter(Boolean)
  const unknown = asked.filter((id) => !HOT_PATH_CONFIGURATIONS[id])
  if (!asked.length || unknown.length) throw new Error(`--configs takes a comma-separated list of a, b and c (got "${text}")`)
  return Object.keys(HOT_PATH_CONFIGURATIONS).filter((id) => asked.includes(id))
}

/** CPU time (user + system) of a process and its descendants, in ms; Linux counts 1/100 s ticks (USER_HZ). */
export const treeCpuMs = (rootPid) => processTree(rootPid).reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0) * 10

// Every commerce process writes its own running count here (sql-counter.cjs with SQL_COUNT_DIR).
const SQL_COUNT_DIR = path.join(ROOT, ".data", "bench", "hot-paths-sql")
/** SQL statements sent so far by every process counting into `dir` (sql-counter.cjs), summed. */
export function sqlCount(dir = SQL_COUNT_DIR) {
  let names = []
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  let total = 0
  for (const name of names.filter((n) => /^sql-\d+\.json$/.test(n))) {
    try {
      total += JSON.parse(readFileSync(path.join(dir, name), "utf8")).count
    } catch {
      // removed meanwhile
    }
  }
  return total
}

/**
 * What the commerce processes have spent so far: `cpu()` sums treeCpuMs over
 * the roots `pids()` names (read at each call: a restarted server counts from
 * its start), `sql()` the statements counted into `dir`.
 */
export const processMeter = (pids, dir = SQL_COUNT_DIR) => ({ cpu: () => pids().reduce((sum, pid) => sum + treeCpuMs(pid), 0), sql: () => sqlCount(dir) })

/** The processes' CPU time and SQL statements so far, to subtract from a later reading. */
const reading = (meter) => ({ cpu: meter.cpu(), sql: meter.sql() })
/** CPU ms and SQL statements per request since `from` (after the counters' next write). */
async function perRequest(meter, from, requests) {
  await sleep(250)
  const now = reading(meter)
  return { cpuMsPerRequest: Math.round((now.cpu - from.cpu) / requests), sqlPerRequest: Math.round((10 * (now.sql - from.sql)) / requests) / 10 }
}

/** Runs `measure` and adds the processes' CPU ms and SQL statements per request it made. */
async function withCpu(meter, measure) {
  await sleep(500) // let the previous step's background work (subscribers) settle
  const from = reading(meter)
  const row = await measure()
  return { ...row, ...(await perRequest(meter, from, row.requests)) }
}

/** One step at 1 and at `connections` connections; `settled`: `run` reports its own CPU and SQL. */
async function step(meter, name, run, connections, { settled = false } = {}) {
  const measure = (c) => (settled ? run(c) : withCpu(meter, () => run(c)))
  const single = await measure(1)
  const many = await measure(connections)
  say("bench", `${name}: alone p50 ${Math.round(single.p50Ms)} ms, ${single.cpuMsPerRequest} ms CPU; at ${connections}: ${Math.round(many.rps * 10) / 10}/s, p50 ${Math.round(many.p50Ms)} ms, p95 ${Math.round(many.p95Ms)} ms, ${many.cpuMsPerRequest} ms CPU, ${many.failed} failed`)
  return { step: name, single, many }
}

/**
 * The steps, with the storefront's fields and, for comparison, with none
 * (Medusa's default relations, what the bench asked for before). `meter`:
 * processMeter of the commerce processes.
 */
export async function measureHotPaths(commerceUrl, shop, { meter, connections = 10, requests = 40, only = null }) {
  const carts = await pool(Array.from({ length: connections * 3 }), 4, async () =>
    (await shop.api.post("/store/carts", { region_id: shop.regionId }, { headers: shop.store })).cart.id
  )
  const query = (fields) => (fields ? `?fields=${encodeURIComponent(fields)}` : "")
  const add = (fields) => (c) =>
    hammer(commerceUrl, {
      paths: carts.map((id) => `/store/carts/${id}/line-items${query(fields)}`),
      headers: shop.store,
      body: { variant_id: shop.paperbackId, quantity: 1 },
      connections: c,
      amount: requests,
    })
  const retrieve = (c) =>
    hammer(commerceUrl, { method: "GET", paths: carts.map((id) => `/store/carts/${id}${query(STOREFRONT_FIELDS.cart)}`), headers: shop.store, connections: c, amount: requests * 2 })
  const complete = (fields) => async (c) => {
    const ready = await readyCarts(shop, c === 1 ? Math.round(requests / 2) : requests)
    await sleep(1000)
    // readyCarts' own requests are not completion's: count only from here.
    const from = reading(meter)
    const row = await hammer(commerceUrl, { paths: ready.map((id) => `/store/carts/${id}/complete${query(fields)}`), headers: shop.store, body: {}, connections: c, amount: ready.length })
    // order.placed and stock subscribers run after the answer (on the worker, with Redis): they are part of a completion's cost.
    await sleep(1500)
    return { ...row, ...(await perRequest(meter, from, row.requests)) }
  }
  const steps = [
    ["add to cart", add(STOREFRONT_FIELDS.cart)],
    ["add to cart, Medusa's default fields", add(null)],
    ["cart retrieval", retrieve],
    ["completion", complete(STOREFRONT_FIELDS.completion), { settled: true }],
    ["completion, Medusa's default fields", complete(null), { settled: true }],
  ]
  const rows = []
  for (const [name, run, options] of steps) if (!only || only.includes(name)) rows.push(await step(meter, name, run, connections, options))
  return rows
}

const round1 = (x) => Math.round(x * 10) / 10
const tableRow = (first, { single, many }) =>
  `| ${first} | ${Math.round(single.p50Ms)} ms | ${single.cpuMsPerRequest} ms | ${single.sqlPerRequest} | ${round1(many.rps)} | ${Math.round(many.p50Ms)} / ${Math.round(many.p95Ms)} ms | ${many.cpuMsPerRequest} ms | ${single.failed + many.failed} |`
const tableHead = (first, connections) => [
  `| ${first} | alone p50 | alone CPU/req | SQL/req | ${connections} conn. req/s | p50 / p95 | CPU/req | failed |`,
  "|---|---|---|---|---|---|---|---|",
]

/** A step's CPU per request: the median of its alone and its many-connection figures. */
export const stepCpuMs = (row) => median([row.single.cpuMsPerRequest, row.many.cpuMsPerRequest])

export function hotPathVerdicts(rows) {
  const cpu = (name) => stepCpuMs(rows.find((r) => r.step === name))
  const missed = []
  if (cpu("add to cart") > HOT_PATH_TARGETS.addCpuMs) missed.push(`add to cart ${cpu("add to cart")} ms CPU > ${HOT_PATH_TARGETS.addCpuMs}`)
  if (cpu("completion") > HOT_PATH_TARGETS.completeCpuMs) missed.push(`completion ${cpu("completion")} ms CPU > ${HOT_PATH_TARGETS.completeCpuMs}`)
  return missed
}

/**
 * (c) against (a): per step, CPU per request (stepCpuMs) and how much more (c)
 * spends in %; (c)'s add-to-cart req/s at many connections over (a)'s. Absent
 * where either configuration was not measured.
 */
export function scaleOutFigures(configurations) {
  const rowsOf = (id) => configurations.find((c) => c.id === id && c.rows)?.rows
  const a = rowsOf("a")
  const c = rowsOf("c")
  if (!a || !c) return { overhead: [], throughput: null }
  const overhead = SCALE_OUT_STEPS.flatMap((name) => {
    const ra = a.find((r) => r.step === name)
    const rc = c.find((r) => r.step === name)
    if (!ra || !rc) return []
    const [cpuA, cpuC] = [stepCpuMs(ra), stepCpuMs(rc)]
    return [{ step: name, a: cpuA, c: cpuC, pct: cpuA > 0 ? round1((100 * (cpuC - cpuA)) / cpuA) : null }]
  })
  const addA = a.find((r) => r.step === "add to cart")
  const addC = c.find((r) => r.step === "add to cart")
  const throughput = addA && addC ? { a: round1(addA.many.rps), c: round1(addC.many.rps), ratio: addA.many.rps > 0 ? Math.round((100 * addC.many.rps) / addA.many.rps) / 100 : null } : null
  return { overhead, throughput }
}

/**
 * Each aim with `met` true, false, or null (not judged: a configuration it
 * needs was not measured) and the figure behind it.
 */
export function scaleOutVerdicts(configurations) {
  const verdicts = []
  const measured = configurations.filter((c) => c.rows)
  for (const { id, rows } of measured) {
    const add = rows.find((r) => r.step === "add to cart")
    const completion = rows.find((r) => r.step === "completion")
    if (add) {
      const cpu = stepCpuMs(add)
      verdicts.push({ aim: `(${id}) CPU per add to cart ≤ ${HOT_PATH_TARGETS.addCpuMs} ms`, met: cpu <= HOT_PATH_TARGETS.addCpuMs, detail: `${cpu} ms` })
      const p50 = Math.round(add.single.p50Ms)
      verdicts.push({ aim: `(${id}) a single add to cart, idle, p50 ≤ ${SCALE_OUT_TARGETS.aloneAddP50Ms} ms`, met: p50 <= SCALE_OUT_TARGETS.aloneAddP50Ms, detail: `${p50} ms` })
    }
    if (completion) {
      const cpu = stepCpuMs(completion)
      verdicts.push({ aim: `(${id}) CPU per completion ≤ ${HOT_PATH_TARGETS.completeCpuMs} ms`, met: cpu <= HOT_PATH_TARGETS.completeCpuMs, detail: `${cpu} ms` })
    }
  }
  const missing = ["a", "c"].filter((id) => !measured.some((c) => c.id === id))
  const unjudged = missing.length ? `not measured: ${missing.map((id) => `(${id})`).join(", ")}` : null
  const { overhead, throughput } = scaleOutFigures(configurations)
  if (unjudged) verdicts.push({ aim: `multi-process overhead, (c) vs (a), ≤ ${SCALE_OUT_TARGETS.overheadPct} % CPU per request`, met: null, detail: unjudged })
  for (const { step: name, a, c, pct } of overhead) {
    verdicts.push({
      aim: `multi-process overhead on ${name}, (c) vs (a), ≤ ${SCALE_OUT_TARGETS.overheadPct} % CPU per request`,
      met: pct === null ? null : pct <= SCALE_OUT_TARGETS.overheadPct,
      detail: pct === null ? `(a) measured ${a} ms: no ratio` : `${pct > 0 ? "+" : ""}${pct} % (${a} → ${c} ms)`,
    })
  }
  const aim = `(c) add-to-cart throughput at 10 connections ≥ ${SCALE_OUT_TARGETS.addThroughputRatio}× (a)'s`
  if (unjudged) verdicts.push({ aim, met: null, detail: unjudged })
  else if (throughput) {
    verdicts.push({
      aim,
      met: throughput.ratio === null ? null : throughput.ratio >= SCALE_OUT_TARGETS.addThroughputRatio,
      detail: throughput.ratio === null ? "(a) measured 0 req/s" : `${throughput.ratio}× (${throughput.a} → ${throughput.c} req/s)`,
    })
  }
  return verdicts
}

/** The aims missed, as one line each (what `npm run bench` prints after "missed:"). */
export const scaleOutMissed = (verdicts) => verdicts.filter((v) => v.met === false).map((v) => `${v.aim}: ${v.detail}`)

/**
 * The configurations side by side: a table per step with a row for each
 * configuration measured, the ones not measured and why, then (c) against
 * (a) and the verdicts.
 */
export function formatHotPathsComparison(configurations, { connections = 10 } = {}) {
  const measured = configurations.filter((c) => c.rows)
  const steps = [...new Set(measured.flatMap((c) => c.rows.map((r) => r.step)))]
  const lines = []
  for (const name of steps) {
    lines.push(`${name}:`, "", ...tableHead("configuration", connections))
    for (const c of measured) {
      const row = c.rows.find((r) => r.step === name)
      if (row) lines.push(tableRow(`(${c.id}) ${c.label}`, row))
    }
    lines.push("")
  }
  for (const c of configurations.filter((x) => !x.rows)) lines.push(`(${c.id}) ${c.label}: not measured: ${c.skipped}`)
  lines.push(
    "CPU/req: user + system time of every commerce process (in (b)/(c) the worker and each server, with their descendants) ÷ requests;",
    "the bench process, node:cluster's primary that hands the servers their connections, is not counted."
  )
  const { overhead, throughput } = scaleOutFigures(configurations)
  if (overhead.length) {
    const each = overhead.map(({ step: name, a, c, pct }) => `${name} ${pct === null ? "—" : `${pct > 0 ? "+" : ""}${pct} %`} (${a} → ${c} ms)`)
    lines.push(`Multi-process overhead, (c) vs (a), CPU per request (median of alone and ${connections} conn.): ${each.join("; ")}`)
  }
  if (throughput) lines.push(`Add-to-cart throughput at ${connections} connections, (c)/(a): ${throughput.ratio === null ? "—" : `${throughput.ratio}×`} (${throughput.a} → ${throughput.c} req/s)`)
  lines.push("Verdicts:")
  for (const v of scaleOutVerdicts(configurations)) lines.push(`- ${v.met === null ? "not judged" : v.met ? "met" : "MISSED"}: ${v.aim}: ${v.detail}`)
  return lines.join("\n")
}

/**
 * Sends `commands` (each an array of words) to the Redis at `url` (its
 * password and database number included) and resolves to their simple
 * replies; rejects on an error reply, a refused connection or no answer.
 */
export function redisCommands(url, commands, { timeoutMs = 3000 } = {}) {
  const target = new URL(url)
  if (target.protocol !== "redis:") return Promise.reject(new Error(`only redis:// URLs (got ${target.protocol})`))
  const first = []
  if (target.password) first.push(["AUTH", ...(target.username ? [decodeURIComponent(target.username)] : []), decodeURIComponent(target.password)])
  const db = target.pathname.slice(1)
  if (db) first.push(["SELECT", db])
  const all = [...first, ...commands]
  const encode = (words) => `*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(String(w))}\r\n${w}\r\n`).join("")}`
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1", port: Number(target.port || 6379) })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs / 1000} s`))
    }, timeoutMs)
    let received = ""
    socket.once("connect", () => socket.write(all.map(encode).join("")))
    socket.on("data", (chunk) => {
      received += chunk.toString()
      const replies = received.split("\r\n").filter(Boolean)
      if (replies.length < all.length) return
      clearTimeout(timer)
      socket.end()
      const error = replies.find((r) => r.startsWith("-"))
      if (error) reject(new Error(error.slice(1)))
      else resolve(replies.slice(first.length).map((r) => r.replace(/^\+/, "")))
    })
    socket.once("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** The machine's redis-server, or null. */
function findRedisServer() {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim() || null
  } catch {
    return null
  }
}

/**
 * The Redis (b) and (c) run on, one the bench owns since it flushes it before
 * each configuration: REDIS_URL when it answers and names a database other
 * than 0 (the bench flushes only that database), else a redis-server of the
 * bench's own on a free port, without persistence. `{ url, describe, flush(),
 * stop() }`, or `{ skip }` saying why there is none.
 */
async function benchRedis() {
  const reasons = []
  const given = process.env.REDIS_URL
  if (given) {
    const db = (() => {
      try {
        return new URL(given).pathname.slice(1)
      } catch {
        return null
      }
    })()
    if (!db || db === "0") reasons.push("REDIS_URL names database 0 or none, which others may use: the bench flushes its Redis before each configuration")
    else {
      const answer = await redisCommands(given, [["PING"]]).then(
        () => null,
        (error) => error.message
      )
      if (!answer) return { url: given, describe: `database ${db} of REDIS_URL (flushed before each configuration)`, flush: () => redisCommands(given, [["FLUSHDB"]]), stop: async () => {} }
      reasons.push(`REDIS_URL does not answer (${answer})`)
    }
  }
  const binary = findRedisServer()
  if (!binary) return { skip: [...reasons, "redis-server is not installed (apt-get install redis-server)", ...(given ? [] : ["REDIS_URL is not set"])].join("; ") }
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  const child = startServer("redis", binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"], {})
  for (let i = 0; i < 100; i++) {
    if (await redisCommands(url, [["PING"]]).then(() => true, () => false)) {
      return { url, describe: `a redis-server of the bench's own on port ${port}${reasons.length ? ` (${reasons.join("; ")})` : ""}`, flush: () => redisCommands(url, [["FLUSHALL"]]), stop: () => stopServer(child) }
    }
    if (child.exitCode !== null) break
    await sleep(100)
  }
  await stopServer(child)
  return { skip: [...reasons, `the bench's redis-server did not answer on port ${port}`].join("; ") }
}

const freshSqlCounts = () => {
  rmSync(SQL_COUNT_DIR, { recursive: true, force: true })
  mkdirSync(SQL_COUNT_DIR, { recursive: true })
}
/** NODE_OPTIONS that preload the SQL counter. */
const counterOptions = () => [process.env.NODE_OPTIONS, `--require ${path.join(ROOT, "tools", "bench", "sql-counter.cjs")}`].filter(Boolean).join(" ")

/** Commerce as one process on PORT ((a)): `{ describe, meter, stop() }`. */
async function startOneProcess(commerceEnv, { cpuProfDir = null, logLevel }) {
  freshSqlCounts()
  const medusa = bin("commerce", "medusa")
  // --cpu-prof is refused in NODE_OPTIONS: node runs Medusa's CLI itself then.
  const [command, args] = cpuProfDir
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`, realpathSync(medusa), "start", "-p", String(PORT)]]
    : [medusa, ["start", "-p", String(PORT)]]
  const child = startServer("commerce", command, args, {
    cwd: COMMERCE_BUILD,
    env: { ...commerceEnv, LOG_LEVEL: logLevel, NODE_OPTIONS: counterOptions(), SQL_COUNT_DIR },
  })
  // SIGTERM lets Node write the CPU profile.
  const stop = () => stopServer(child, { timeoutMs: 30_000 })
  try {
    await waitForHttp(`${URL_BASE}/health`, { child })
  } catch (error) {
    await stop()
    throw error
  }
  return { describe: `pid ${child.pid}`, meter: processMeter(() => [child.pid]), stop }
}

/** Commerce as the Redis profile runs it ((b), (c)): a worker and `servers` servers behind PORT. */
async function startCluster(commerceEnv, { servers, redisUrl, logLevel }) {
  freshSqlCounts()
  resumeSupervising()
  const env = { ...commerceEnv, REDIS_URL: redisUrl, LOG_LEVEL: logLevel, NODE_OPTIONS: counterOptions(), SQL_COUNT_DIR }
  const cluster = await startCommerceCluster({ env, servers, port: PORT, workerPort: WORKER_PORT })
  const pids = () => [cluster.worker.current().pid, ...cluster.servers.pids()]
  const stop = async () => {
    stopSupervising()
    await Promise.all([cluster.worker.stop(), cluster.servers.stop()])
  }
  try {
    await waitForHttp(`${URL_BASE}/health`)
  } catch (error) {
    await stop()
    throw error
  }
  return { describe: `worker pid ${cluster.worker.current().pid}, servers ${cluster.servers.pids().join(", ")}`, meter: processMeter(pids), stop }
}

/**
 * Postgres and a bench database, migrated and seeded (unless `reuse`), then
 * `use(commerceEnv)`; stops everything it started. Commerce's environment
 * leaves out the shell's REDIS_URL and MEDUSA_WORKER_MODE: (a) is one process
 * on the in-memory modules, the Redis configurations set both themselves.
 */
async function withBenchDatabase({ reuse = false, database, prepare = async () => {}, searchRebuild = false }, use) {
  const env = productionEnv({ urls: { commerce: URL_BASE, cms: "http://localhost:3481", storefront: "http://localhost:8481" }, paystackUrl: "http://localhost:9581" })
  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    const { REDIS_URL: _redis, MEDUSA_WORKER_MODE: _mode, ...inherited } = process.env
    const commerceEnv = { ...inherited, ...env.commerce, DATABASE_URL: databaseUrl(postgres.serverUrl, database), DISABLE_MEDUSA_ADMIN: "true" }
    const medusa = bin("commerce", "medusa")
    if (!reuse) {
      await recreateDatabases(postgres.serverUrl, [database])
      await runStep("commerce", "migrations", medusa, ["db:migrate"], { cwd: COMMERCE_BUILD, env: commerceEnv })
      await runStep("commerce", "demo seed", medusa, ["exec", "./src/scripts/seed.js"], { cwd: COMMERCE_BUILD, env: commerceEnv })
    }
    await prepare(commerceEnv.DATABASE_URL)
    // Books written by SQL reach the search index only through a rebuild.
    // It indexes the products first, then reads the cms, which this bench does not run: that part fails.
    if (searchRebuild) {
      await runStep("commerce", "search index rebuild", medusa, ["exec", "./src/scripts/search-rebuild.js"], { cwd: COMMERCE_BUILD, env: commerceEnv }).catch((error) =>
        say("bench", `${error.message}: expected without a cms; the books were indexed before it`)
      )
    }
    return await use(commerceEnv)
  } finally {
    await stopChildren()
    await postgres.stop()
  }
}

/** The shop (prepareShop: the paperback restocked to 1,000,000), a warm-up, then `measure`. */
async function measureStarted(started, measure, { requests = undefined, only = undefined }) {
  const shop = await prepareShop(URL_BASE)
  // Warm-up: the first requests compile and fill Medusa's caches (at 2 connections: both servers of (c)).
  await measure(URL_BASE, shop, { meter: started.meter, connections: 2, requests: 10, only })
  return measure(URL_BASE, shop, { meter: started.meter, requests, only })
}

/**
 * Migrates and seeds a fresh bench database (unless `reuse`), starts
 * commerce's production build on it as one process and measures; stops what
 * it started. (The catalogue bench's run.)
 */
export async function runHotPathsBench({
  cpuProfDir = null,
  reuse = false,
  database = "bench_hot_commerce",
  prepare = async () => {},
  searchRebuild = false,
  logLevel = "warn",
  measure = measureHotPaths,
} = {}) {
  return withBenchDatabase({ reuse, database, prepare, searchRebuild }, async (commerceEnv) => {
    const started = await startOneProcess(commerceEnv, { cpuProfDir, logLevel })
    try {
      // Each measure's own number of requests (the catalogue's is 30).
      return await measureStarted(started, measure, {})
    } finally {
      await started.stop()
    }
  })
}

/**
 * The hot paths in each of `configs` (ids of HOT_PATH_CONFIGURATIONS), one
 * after the other on one bench database seeded once. Answers one entry per
 * configuration: with `rows`, or with `skipped` saying why it was not
 * measured (no Redis, or it failed: the others still run).
 */
export async function runHotPathsConfigurations({ configs = ["a", "b", "c"], requests = 40, cpuProfDir = null, reuse = false, logLevel = "warn", database = "bench_hot_commerce" } = {}) {
  return withBenchDatabase({ reuse, database }, async (commerceEnv) => {
    const redis = configs.some((id) => HOT_PATH_CONFIGURATIONS[id].redis) ? await benchRedis() : null
    if (redis?.skip) say("bench", `(b) and (c) cannot run: ${redis.skip}`)
    else if (redis) say("bench", `Redis for (b) and (c): ${redis.describe}`)
    const results = []
    try {
      for (const id of configs) {
        const config = HOT_PATH_CONFIGURATIONS[id]
        if (config.redis && redis.skip) {
          results.push({ ...config, skipped: redis.skip })
          continue
        }
        say("bench", `(${id}) ${config.label}: starting`)
        try {
          if (config.redis) await redis.flush()
          const started = config.redis
            ? await startCluster(commerceEnv, { servers: config.servers, redisUrl: redis.url, logLevel })
            : await startOneProcess(commerceEnv, { cpuProfDir, logLevel })
          try {
            say("bench", `(${id}) ${config.label}: ${started.describe}`)
            const rows = await measureStarted(started, measureHotPaths, { requests, only: config.redis ? SCALE_OUT_STEPS : null })
            results.push({ ...config, processes: started.describe, rows })
          } finally {
            await started.stop()
          }
        } catch (error) {
          say("bench", `(${id}) failed: ${error.stack ?? error.message}`)
          results.push({ ...config, skipped: `failed: ${error.message}` })
        }
      }
    } finally {
      await redis?.stop?.()
    }
    return results
  })
}

/** The book page's product fields (storefront/src/lib/data/products.ts, read from its source). */
export function storefrontBookFields() {
  const source = readFileSync(path.join(ROOT, "storefront/src/lib/data/products.ts"), "utf8")
  const list = /const PAGE_FIELDS = \[([\s\S]*?)\]\.join/.exec(source)?.[1]
  if (!list) throw new Error("storefront/src/lib/data/products.ts: PAGE_FIELDS not found")
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(",")
}

/**
 * What the storefront asks commerce for, as the catalogue grows: the listing
 * page's books (newest first, and by price), a book page's product (by
 * handle, asked of a different book each time, as a cold ISR regeneration
 * does), site search, then add to cart and completion.
 */
export async function measureCatalogue(commerceUrl, shop, { meter, connections = 10, requests = 30 }) {
  const { api, store, regionId } = shop
  const { products } = await api.get(`/store/products?fields=handle&limit=200&order=-created_at`, { headers: store })
  const handles = products.map((p) => p.handle)
  const get = (paths, amount = requests * 2) => (c) => hammer(commerceUrl, { method: "GET", paths, headers: store, connections: c, amount })
  const listing = (sort) => [`/store/catalog/products?region_id=${regionId}&offset=0&limit=6${sort ? `&sort=${sort}` : ""}`]
  const book = handles.map((handle) => `/store/products?handle=${handle}&region_id=${regionId}&limit=1&fields=${encodeURIComponent(storefrontBookFields())}`)
  const search = ["writing", "quiet draft", "lagos", "habits", "notebook"].map((q) => `/store/search?q=${encodeURIComponent(q)}&region_id=${regionId}&limit=30`)
  const rows = [
    await step(meter, "listing, newest", get(listing()), connections),
    await step(meter, "listing, by price", get(listing("price_asc")), connections),
    await step(meter, "book page's product", get(book), connections),
    await step(meter, "search", get(search, requests), connections),
  ]
  return [...rows, ...(await measureHotPaths(commerceUrl, shop, { meter, connections, requests, only: ["add to cart", "completion"] }))]
}

/** The catalogue bench's rows side by side: each figure at `large` against `small`. */
export function formatCatalogueReport(small, large, { books }) {
  const ratio = (a, b) => (a > 0 ? `${(b / a).toFixed(2)}×` : "—")
  const lines = [
    `| step | alone p50, demo → ${books} books | | CPU/req at 10, demo → ${books} books | | req/s at 10, demo → ${books} books | |`,
    "|---|---|---|---|---|---|---|",
  ]
  for (const row of small) {
    const big = large.find((r) => r.step === row.step)
    lines.push(
      `| ${row.step} | ${Math.round(row.single.p50Ms)} → ${Math.round(big.single.p50Ms)} ms | ${ratio(row.single.p50Ms, big.single.p50Ms)} | ${row.many.cpuMsPerRequest} → ${big.many.cpuMsPerRequest} ms | ${ratio(row.many.cpuMsPerRequest, big.many.cpuMsPerRequest)} | ${Math.round(row.many.rps * 10) / 10} → ${Math.round(big.many.rps * 10) / 10} | ${ratio(big.many.rps, row.many.rps)} |`
    )
  }
  return lines.join("\n")
}

/** Figures more than 1.25× the demo catalogue's (latency alone, CPU per request). */
export function catalogueVerdicts(small, large) {
  const missed = []
  for (const row of small) {
    const big = large.find((r) => r.step === row.step)
    if (big.single.p50Ms > 1.25 * row.single.p50Ms) missed.push(`${row.step}: alone p50 ${Math.round(big.single.p50Ms)} ms > 1.25 × ${Math.round(row.single.p50Ms)} ms`)
    if (big.many.cpuMsPerRequest > 1.25 * row.many.cpuMsPerRequest) missed.push(`${row.step}: CPU ${big.many.cpuMsPerRequest} ms > 1.25 × ${row.many.cpuMsPerRequest} ms`)
  }
  return missed
}
