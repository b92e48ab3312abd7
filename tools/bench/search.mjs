// `npm run bench -- --search`: site search at the volume of issue 23. Migrates
// and seeds a bench database of its own, writes 10,000 books, 5,000 posts,
// 1,000 events and 50,000 discussions into the index (search-seed.mjs),
// starts commerce with NODE_ENV=production from its sources on port 9470, and
// measures at 10 connections (warm): suggestions (target p95 30 ms) and full
// results with facets (target p95 60 ms), each over a mix of queries (common,
// rare, two words, a phrase, typos, nothing found); then how long one product
// update takes to reach the index (its subscriber's work against that corpus).
import { createHash } from "node:crypto"
import path from "node:path"
import autocannon from "autocannon"
import pg from "pg"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT } from "../dev/stack.mjs"
import { median, percentile } from "./report.mjs"
import { seedSearchCorpus } from "./search-seed.mjs"

const PORT = 9470
const URL_BASE = `http://localhost:${PORT}`
export const SEARCH_TARGETS = { suggestP95Ms: 30, resultsP95Ms: 60, indexingMs: 5000 }

/** A made-up word of the corpus (search-seed.mjs draws them the same way): rare, in few documents. */
const rareWord = (g) =>
  createHash("md5").update(String(g)).digest("hex").slice(0, 5 + (g % 8)).replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)])

export const SUGGEST_QUERIES = ["wri", "outl", "quiet dr", "gard", "memo", "outlnie", "lagos m", "chapt", rareWord(321).slice(0, 4), "harmat"]
export const RESULT_QUERIES = [
  "writing",
  "outline",
  "quiet draft",
  "garden market",
  "memroy",
  '"quiet morning"',
  "lagos river story",
  rareWord(1234),
  "zqxvbnm",
  "Ọlá harmattan",
]
// Facets and sort, where the server knows them.
export const FILTERED_QUERIES = ["q=writing&category=fiction", "q=novel&sort=newest", "q=story&kind=discussion", "q=river&format=ebook"]

/**
 * autocannon over `paths` in turn, each from its own client address (the search rate limit is per address).
 * `headers` may be a function of the request's number (to sign requests in as different readers).
 */
export async function hammer(paths, { headers, connections, durationSeconds, baseUrl = URL_BASE }) {
  const times = []
  let next = 0
  let failed = 0
  const run = (duration, record) => {
    const instance = autocannon({
      url: baseUrl,
      connections,
      duration,
      timeout: 20,
      requests: [
        {
          method: "GET",
          setupRequest: (req) => {
            const n = next++
            return {
              ...req,
              path: paths[n % paths.length],
              headers: { ...(typeof headers === "function" ? headers(n) : headers), "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
            }
          },
        },
      ],
    })
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (!record) return
      times.push(responseTime)
      if (status >= 400) failed++
    })
    return instance
  }
  await run(2, false)
  const result = await run(durationSeconds, true)
  return { requests: times.length, rps: Math.round(result.requests.average), p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)), p99Ms: Math.round(percentile(times, 99)), failed: failed + (result.errors ?? 0) + (result.timeouts ?? 0) }
}

export async function json(res) {
  const body = await res.json()
  if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/** One product's update through the admin API, until the store search finds its new word: the index's lag, 5 times. */
async function measureIndexing(store) {
  const login = await json(await fetch(`${URL_BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.com", password: "supersecret" }),
  }))
  const admin = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }
  const { products } = await json(await fetch(`${URL_BASE}/admin/products?handle=the-quiet-draft&fields=id,title`, { headers: admin }))
  const product = products[0]
  const lags = []
  const updates = []
  for (let i = 0; i < 5; i++) {
    const word = `benchmark${String.fromCharCode(97 + i)}${Date.now() % 100000}`.replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)])
    const started = performance.now()
    await json(await fetch(`${URL_BASE}/admin/products/${product.id}`, { method: "POST", headers: admin, body: JSON.stringify({ subtitle: word }) }))
    updates.push(performance.now() - started)
    for (;;) {
      const { results } = await json(await fetch(`${URL_BASE}/store/search?q=${word}`, { headers: store }))
      if (results.length) break
      if (performance.now() - started > 30_000) throw new Error(`the index did not follow the update within 30 s`)
      await new Promise((r) => setTimeout(r, 20))
    }
    lags.push(performance.now() - started)
  }
  return { updateMedianMs: Math.round(median(updates)), toIndexMedianMs: Math.round(median(lags)), toIndexMaxMs: Math.round(Math.max(...lags)) }
}

/** What each query finds (total and first kinds), so the figures can be read against the corpus. */
async function describeQueries(store) {
  const rows = []
  for (const q of RESULT_QUERIES) {
    const started = performance.now()
    const body = await json(await fetch(`${URL_BASE}/store/search?q=${encodeURIComponent(q)}`, { headers: store }))
    rows.push({ q, total: body.facets?.total ?? body.results.length, ms: Math.round(performance.now() - started), did_you_mean: body.did_you_mean ?? null })
  }
  return rows
}

export function searchVerdicts(result) {
  const missed = []
  if (result.suggest.p95Ms > SEARCH_TARGETS.suggestP95Ms) missed.push(`suggestions p95 ${result.suggest.p95Ms} ms > ${SEARCH_TARGETS.suggestP95Ms} ms`)
  if (result.results.p95Ms > SEARCH_TARGETS.resultsP95Ms) missed.push(`results p95 ${result.results.p95Ms} ms > ${SEARCH_TARGETS.resultsP95Ms} ms`)
  if (result.indexing && result.indexing.toIndexMaxMs > SEARCH_TARGETS.indexingMs) missed.push(`indexing took ${result.indexing.toIndexMaxMs} ms > ${SEARCH_TARGETS.indexingMs} ms`)
  for (const part of ["suggest", "results", "filtered"]) if (result[part]?.failed) missed.push(`${result[part].failed} failed ${part} requests`)
  return missed
}

/** Runs the whole search bench; resolves with the figures (and stops everything it started). */
export async function runSearchBench({ durationSeconds = 10, connections = 10 } = {}) {
  const env = productionEnv({ urls: { commerce: URL_BASE, cms: "http://localhost:3475", storefront: "http://localhost:8475" }, paystackUrl: "http://localhost:9575" })
  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    await recreateDatabases(postgres.serverUrl, ["bench_search_commerce"])
    const commerceEnv = { ...process.env, ...env.commerce, DATABASE_URL: databaseUrl(postgres.serverUrl, "bench_search_commerce"), DISABLE_MEDUSA_ADMIN: "true", SEED_DEMO_HISTORY: "false" }
    const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
    const server = path.join(ROOT, "commerce")
    await runStep("commerce", "migrations", medusa, ["db:migrate"], { cwd: server, env: commerceEnv })
    await runStep("commerce", "demo seed", medusa, ["exec", "./src/scripts/seed.ts"], { cwd: server, env: commerceEnv })
    const client = new pg.Client({ connectionString: commerceEnv.DATABASE_URL })
    await client.connect()
    const seedStarted = Date.now()
    const seeded = await seedSearchCorpus(client, { log: (m) => say("bench", m) }).finally(() => client.end())
    say("bench", `index holds ${JSON.stringify(seeded)} (written in ${Math.round((Date.now() - seedStarted) / 1000)} s)`)

    const child = startServer("commerce", medusa, ["start", "-p", String(PORT)], { cwd: server, env: { ...commerceEnv, LOG_LEVEL: "warn" } })
    await waitForHttp(`${URL_BASE}/health`, { child })
    const { publishable_key: key } = await json(await fetch(`${URL_BASE}/storefront/publishable-key`))
    const store = { "x-publishable-api-key": key }
    const { regions } = await json(await fetch(`${URL_BASE}/store/regions`, { headers: store }))
    const region = regions.find((r) => r.currency_code === "ngn") ?? regions[0]
    const inRegion = `region_id=${region.id}`

    const queries = await describeQueries(store)
    for (const row of queries) say("bench", `"${row.q}": ${row.total} found (cold ${row.ms} ms)${row.did_you_mean ? `, did you mean "${row.did_you_mean}"` : ""}`)
    const suggestPaths = SUGGEST_QUERIES.map((q) => `/store/search/suggest?q=${encodeURIComponent(q)}&${inRegion}`)
    const resultPaths = RESULT_QUERIES.map((q) => `/store/search?q=${encodeURIComponent(q)}&${inRegion}`)
    const filteredPaths = FILTERED_QUERIES.map((q) => `/store/search?${q}&${inRegion}`)
    const knowsFacets = (await fetch(`${URL_BASE}${filteredPaths[0]}`, { headers: store })).ok
    say("bench", `suggestions at ${connections} connections for ${durationSeconds} s`)
    const suggest = await hammer(suggestPaths, { headers: store, connections, durationSeconds })
    say("bench", `suggestions: p50 ${suggest.p50Ms} ms, p95 ${suggest.p95Ms} ms`)
    say("bench", `results at ${connections} connections for ${durationSeconds} s`)
    const results = await hammer(resultPaths, { headers: store, connections, durationSeconds })
    say("bench", `results: p50 ${results.p50Ms} ms, p95 ${results.p95Ms} ms`)
    const filtered = knowsFacets ? await hammer(filteredPaths, { headers: store, connections, durationSeconds }) : null
    if (filtered) say("bench", `filtered and sorted results: p50 ${filtered.p50Ms} ms, p95 ${filtered.p95Ms} ms`)
    say("bench", "one product update at a time, until the search finds it (× 5)")
    const indexing = await measureIndexing(store)
    const result = { seeded, connections, durationSeconds, queries, suggest, results, filtered, indexing }
    return { ...result, missed: searchVerdicts(result) }
  } finally {
    await stopChildren()
    await postgres.stop()
  }
}

/** The figures as a Markdown table, each against its target. */
export function formatSearchReport(result) {
  const { seeded, connections, suggest, results, filtered, indexing, missed } = result
  const t = SEARCH_TARGETS
  const row = (name, m, target) => `| ${name} | ${m.requests} requests, ${m.rps} req/s, p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms, ${m.failed} failed | ${target} |`
  return [
    `## Search benchmark (${seeded.documents} documents, ${seeded.words} known words, ${seeded.size}; ${connections} connections)`,
    "",
    "| measure | result | target |",
    "|---|---|---|",
    row(`suggestions (${SUGGEST_QUERIES.length} prefixes in turn)`, suggest, `p95 ≤ ${t.suggestP95Ms} ms`),
    row(`results with facets (${RESULT_QUERIES.length} queries in turn)`, results, `p95 ≤ ${t.resultsP95Ms} ms`),
    filtered ? row("results filtered by category, format or kind, or newest first", filtered, `p95 ≤ ${t.resultsP95Ms} ms`) : "| filtered results | not offered by this server | |",
    `| one product update → found by search (× 5) | update median ${indexing.updateMedianMs} ms; searchable after median ${indexing.toIndexMedianMs} ms, max ${indexing.toIndexMaxMs} ms | ≤ ${t.indexingMs} ms |`,
    "",
    missed.length ? `Missed: ${missed.join("; ")}` : "Every target met.",
  ].join("\n")
}
