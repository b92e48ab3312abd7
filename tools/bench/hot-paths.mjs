// `npm run bench -- --hot-paths`: what commerce's hot paths cost in CPU.
// Starts commerce alone from its production build (commerce/.medusa/server,
// `medusa build` first) on a bench database of its own, then for add to cart,
// cart retrieval (with the storefront's fields) and completion: requests one
// at a time and at 10 connections, each with its p50 and the commerce
// process's CPU milliseconds per request (user + system time from /proc,
// summed over the process tree, ÷ requests). `--cpu-prof=<dir>` also writes a
// V8 CPU profile of the server (node --cpu-prof) when it stops.
import { mkdirSync, readFileSync, realpathSync, rmSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT, bin } from "../dev/stack.mjs"
import { STOREFRONT_FIELDS, hammer, pool, prepareShop, readyCarts } from "./checkout.mjs"
import { processTree } from "./insights.mjs"
import { median } from "./report.mjs"

const PORT = 9480
const URL_BASE = `http://localhost:${PORT}`
export const HOT_PATH_TARGETS = { addCpuMs: 90, completeCpuMs: 150 }

/** CPU time (user + system) of a process and its descendants, in ms; Linux counts 1/100 s ticks (USER_HZ). */
export const treeCpuMs = (rootPid) => processTree(rootPid).reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0) * 10

const SQL_COUNT_FILE = path.join(ROOT, ".data", "bench", "hot-paths-sql.json")
/** SQL statements the server has sent so far (sql-counter.cjs). */
export const sqlCount = () => {
  try {
    return JSON.parse(readFileSync(SQL_COUNT_FILE, "utf8")).count
  } catch {
    return 0
  }
}

/** The server's CPU time and SQL statements so far, to subtract from a later reading. */
const reading = (pid) => ({ cpu: treeCpuMs(pid), sql: sqlCount() })
/** CPU ms and SQL statements per request since `from` (after the counter's next write). */
async function perRequest(pid, from, requests) {
  await sleep(250)
  const now = reading(pid)
  return { cpuMsPerRequest: Math.round((now.cpu - from.cpu) / requests), sqlPerRequest: Math.round((10 * (now.sql - from.sql)) / requests) / 10 }
}

/** Runs `measure` and adds the server's CPU ms and SQL statements per request it made. */
async function withCpu(pid, measure) {
  await sleep(500) // let the previous step's background work (subscribers) settle
  const from = reading(pid)
  const row = await measure()
  return { ...row, ...(await perRequest(pid, from, row.requests)) }
}

/** One step at 1 and at `connections` connections; `settled`: `run` reports its own CPU and SQL. */
async function step(pid, name, run, connections, { settled = false } = {}) {
  const measure = (c) => (settled ? run(c) : withCpu(pid, () => run(c)))
  const single = await measure(1)
  const many = await measure(connections)
  say("bench", `${name}: alone p50 ${Math.round(single.p50Ms)} ms, ${single.cpuMsPerRequest} ms CPU; at ${connections}: ${Math.round(many.rps * 10) / 10}/s, p50 ${Math.round(many.p50Ms)} ms, p95 ${Math.round(many.p95Ms)} ms, ${many.cpuMsPerRequest} ms CPU, ${many.failed} failed`)
  return { step: name, single, many }
}

/**
 * The steps, with the storefront's fields and, for comparison, with none
 * (Medusa's default relations, what the bench asked for before).
 */
export async function measureHotPaths(commerceUrl, shop, { pid, connections = 10, requests = 40, only = null }) {
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
    const from = reading(pid)
    const row = await hammer(commerceUrl, { paths: ready.map((id) => `/store/carts/${id}/complete${query(fields)}`), headers: shop.store, body: {}, connections: c, amount: ready.length })
    // order.placed and stock subscribers run after the answer: they are part of a completion's cost.
    await sleep(1500)
    return { ...row, ...(await perRequest(pid, from, row.requests)) }
  }
  const steps = [
    ["add to cart", add(STOREFRONT_FIELDS.cart)],
    ["add to cart, Medusa's default fields", add(null)],
    ["cart retrieval", retrieve],
    ["completion", complete(STOREFRONT_FIELDS.completion), { settled: true }],
    ["completion, Medusa's default fields", complete(null), { settled: true }],
  ]
  const rows = []
  for (const [name, run, options] of steps) if (!only || only.includes(name)) rows.push(await step(pid, name, run, connections, options))
  return rows
}

export function formatHotPathsReport(rows, { connections = 10 } = {}) {
  const lines = [
    `| step | alone p50 | alone CPU/req | SQL/req | ${connections} conn. req/s | p50 / p95 | CPU/req | failed |`,
    "|---|---|---|---|---|---|---|---|",
  ]
  for (const { step: name, single, many } of rows) {
    lines.push(`| ${name} | ${Math.round(single.p50Ms)} ms | ${single.cpuMsPerRequest} ms | ${single.sqlPerRequest} | ${Math.round(many.rps * 10) / 10} | ${Math.round(many.p50Ms)} / ${Math.round(many.p95Ms)} ms | ${many.cpuMsPerRequest} ms | ${single.failed + many.failed} |`)
  }
  return lines.join("\n")
}

export function hotPathVerdicts(rows) {
  const cpu = (name) => median([rows.find((r) => r.step === name).single.cpuMsPerRequest, rows.find((r) => r.step === name).many.cpuMsPerRequest])
  const missed = []
  if (cpu("add to cart") > HOT_PATH_TARGETS.addCpuMs) missed.push(`add to cart ${cpu("add to cart")} ms CPU > ${HOT_PATH_TARGETS.addCpuMs}`)
  if (cpu("completion") > HOT_PATH_TARGETS.completeCpuMs) missed.push(`completion ${cpu("completion")} ms CPU > ${HOT_PATH_TARGETS.completeCpuMs}`)
  return missed
}

/**
 * Migrates and seeds a fresh bench database (unless `reuse`), starts
 * commerce's production build on it and measures; stops what it started.
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
  const env = productionEnv({ urls: { commerce: URL_BASE, cms: "http://localhost:3481", storefront: "http://localhost:8481" }, paystackUrl: "http://localhost:9581" })
  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    const commerceEnv = { ...process.env, ...env.commerce, DATABASE_URL: databaseUrl(postgres.serverUrl, database), DISABLE_MEDUSA_ADMIN: "true" }
    const medusa = bin("commerce", "medusa")
    const server = path.join(ROOT, "commerce", ".medusa", "server")
    if (!reuse) {
      await recreateDatabases(postgres.serverUrl, [database])
      await runStep("commerce", "migrations", medusa, ["db:migrate"], { cwd: server, env: commerceEnv })
      await runStep("commerce", "demo seed", medusa, ["exec", "./src/scripts/seed.js"], { cwd: server, env: commerceEnv })
    }
    await prepare(commerceEnv.DATABASE_URL)
    // Books written by SQL reach the search index only through a rebuild.
    // It indexes the products first, then reads the cms, which this bench does not run: that part fails.
    if (searchRebuild) {
      await runStep("commerce", "search index rebuild", medusa, ["exec", "./src/scripts/search-rebuild.js"], { cwd: server, env: commerceEnv }).catch((error) =>
        say("bench", `${error.message}: expected without a cms; the books were indexed before it`)
      )
    }
    const counter = path.join(ROOT, "tools", "bench", "sql-counter.cjs")
    const nodeOptions = [process.env.NODE_OPTIONS, `--require ${counter}`].filter(Boolean).join(" ")
    mkdirSync(path.dirname(SQL_COUNT_FILE), { recursive: true })
    rmSync(SQL_COUNT_FILE, { force: true })
    // --cpu-prof is refused in NODE_OPTIONS: node runs Medusa's CLI itself then.
    const [command, args] = cpuProfDir
      ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`, realpathSync(medusa), "start", "-p", String(PORT)]]
      : [medusa, ["start", "-p", String(PORT)]]
    const child = startServer("commerce", command, args, {
      cwd: server,
      env: { ...commerceEnv, LOG_LEVEL: logLevel, NODE_OPTIONS: nodeOptions, SQL_COUNT_FILE },
    })
    await waitForHttp(`${URL_BASE}/health`, { child })
    const shop = await prepareShop(URL_BASE)
    // Warm-up: the first requests compile and fill Medusa's caches.
    await measure(URL_BASE, shop, { pid: child.pid, connections: 2, requests: 10 })
    const rows = await measure(URL_BASE, shop, { pid: child.pid })
    // SIGTERM lets Node write the CPU profile.
    process.kill(child.pid, "SIGTERM")
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)))
    return rows
  } finally {
    await stopChildren()
    await postgres.stop()
  }
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
export async function measureCatalogue(commerceUrl, shop, { pid, connections = 10, requests = 30 }) {
  const { api, store, regionId } = shop
  const { products } = await api.get(`/store/products?fields=handle&limit=200&order=-created_at`, { headers: store })
  const handles = products.map((p) => p.handle)
  const get = (paths, amount = requests * 2) => (c) => hammer(commerceUrl, { method: "GET", paths, headers: store, connections: c, amount })
  const listing = (sort) => [`/store/catalog/products?region_id=${regionId}&offset=0&limit=6${sort ? `&sort=${sort}` : ""}`]
  const book = handles.map((handle) => `/store/products?handle=${handle}&region_id=${regionId}&limit=1&fields=${encodeURIComponent(storefrontBookFields())}`)
  const search = ["writing", "quiet draft", "lagos", "habits", "notebook"].map((q) => `/store/search?q=${encodeURIComponent(q)}&region_id=${regionId}&limit=30`)
  const rows = [
    await step(pid, "listing, newest", get(listing()), connections),
    await step(pid, "listing, by price", get(listing("price_asc")), connections),
    await step(pid, "book page's product", get(book), connections),
    await step(pid, "search", get(search, requests), connections),
  ]
  return [...rows, ...(await measureHotPaths(commerceUrl, shop, { pid, connections, requests, only: ["add to cart", "completion"] }))]
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
