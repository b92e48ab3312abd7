#!/usr/bin/env node
// `npm run bench`: builds the three apps for production, starts them on ports
// and databases of their own, then measures the storefront's public pages
// with autocannon (throughput, latency) and Lighthouse (mobile), and times
// what a reader waits for in a browser (journeys.mjs).
//
//   npm run bench                       build, then measure everything
//   npm run bench -- --skip-build       reuse the last production builds
//   npm run bench -- --duration=5 --connections=10 --runs=1 --no-lighthouse
//   npm run bench -- --no-checkout      no cart, completion or webhook rows
//   npm run bench -- --no-journeys      no browser timings (payment return, sign-up, first post)
//   npm run bench -- --samples=20       samples per browser timing (default 10)
//   npm run bench -- --insights         the staff Insights page at 100,000 orders instead (insights.mjs)
//   npm run bench -- --campaign         a newsletter campaign to 50,000 subscribers instead (campaign.mjs);
//                                       --subscribers=2000 for a quick run, --skip-build to reuse the cms build
//   npm run bench -- --search           site search over 66,000 indexed documents instead (search.mjs);
//                                       --duration=<s> per measure (default 10), --skip-build to reuse the storefront build
//   npm run bench -- --hot-paths        commerce alone: CPU per add to cart, cart retrieval and completion
//                                       (hot-paths.mjs), side by side in (a) one process with in-memory
//                                       modules, (b) Redis with a server and a worker, (c) Redis with two
//                                       servers and a worker; --configs=a,c picks some (--configs=a: one
//                                       process only), --requests=<n> per measure (default 40);
//                                       --cpu-prof=<dir> writes (a)'s V8 profile,
//                                       --reuse keeps the last bench database, --log-level=http logs each
//                                       request as production does by default (default warn)
//   npm run bench -- --catalogue=10000  commerce alone at the demo catalogue, then at 10,000 books (30,000
//                                       variants) and 100,000 customers: listing, a book page's product,
//                                       search, add to cart, completion, each against the demo's (catalogue-seed.mjs)
//   npm run bench -- --community        the member directory, unread count and activity feed over 10,000 members,
//                                       50,000 discussions and 500,000 replies instead (community.mjs); --duration=<s>
//                                       per measure, --reuse measures the last run's database again (no seeding)
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { say } from "../dev/processes.mjs"
import { buildApps, productionEnv } from "../dev/production.mjs"
import { ROOT, startStack, urlsFor } from "../dev/stack.mjs"
import { measureAddToCart, measureCompletion, measureWebhookToLibrary, prepareShop } from "./checkout.mjs"
import { startCountingProxy } from "./counting-proxy.mjs"
import { measureJourneys, resolveContentPaths } from "./journeys.mjs"
import { measureLighthouse } from "./lighthouse.mjs"
import { measureLoad } from "./load.mjs"
import { checkoutVerdicts, formatReport, journeyVerdicts, loadVerdict, lighthouseVerdict, summarizeLighthouse } from "./report.mjs"

const { values: options, positionals } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10,50" },
    runs: { type: "string", default: "3" },
    "no-lighthouse": { type: "boolean", default: false },
    "no-checkout": { type: "boolean", default: false },
    "no-journeys": { type: "boolean", default: false },
    samples: { type: "string", default: "10" },
    insights: { type: "boolean", default: false },
    campaign: { type: "boolean", default: false },
    search: { type: "boolean", default: false },
    "hot-paths": { type: "boolean", default: false },
    configs: { type: "string", default: "a,b,c" },
    requests: { type: "string", default: "40" },
    "cpu-prof": { type: "string" },
    reuse: { type: "boolean", default: false },
    "log-level": { type: "string", default: "warn" },
    catalogue: { type: "string" },
    customers: { type: "string", default: "100000" },
    community: { type: "boolean", default: false },
    subscribers: { type: "string", default: "50000" },
  },
  allowPositionals: true,
})
if (positionals.some((p) => p !== "campaign")) {
  console.error(`bench: unknown argument ${positionals.find((p) => p !== "campaign")} (did you mean --campaign or --insights?)`)
  process.exit(2)
}
if (positionals.includes("campaign")) options.campaign = true

if (options.campaign) {
  const subscribers = Number(options.subscribers)
  if (!(Number.isInteger(subscribers) && subscribers > 0)) {
    console.error("bench: --subscribers takes a positive whole number")
    process.exit(2)
  }
  const { campaignVerdicts, formatCampaignReport, runCampaignBench } = await import("./campaign.mjs")
  const result = await runCampaignBench({ subscribers, skipBuild: options["skip-build"] }).catch((error) => {
    say("bench", `failed: ${error.stack ?? error.message}`)
    process.exit(1)
  })
  console.log(`\n${formatCampaignReport(result)}`)
  const out = path.join(ROOT, ".data", "bench")
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, "campaign.json"), JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2))
  const missed = campaignVerdicts(result)
  console.log(`Results in .data/bench/campaign.json; ${missed.length ? `${missed.length} target(s) missed` : "every target met"}.`)
  process.exit(0)
}

/** Runs a bench of one issue's figures, prints its report and writes .data/bench/<name>.json; exits. */
async function runIssueBench(name, run, format) {
  const result = await run().catch((error) => {
    say("bench", `failed: ${error.stack ?? error.message}`)
    process.exit(1)
  })
  console.log(`\n${format(result)}`)
  const out = path.join(ROOT, ".data", "bench")
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2))
  console.log(`Results in .data/bench/${name}.json; ${result.missed.length ? `missed: ${result.missed.join("; ")}` : "every target met"}.`)
  process.exit(0)
}

if (options.catalogue) {
  const books = Number(options.catalogue)
  const customers = Number(options.customers)
  if (!(Number.isInteger(books) && books > 0 && Number.isInteger(customers) && customers >= 0)) {
    console.error("bench: --catalogue takes a positive whole number of books, --customers a whole number")
    process.exit(2)
  }
  const { catalogueVerdicts, formatCatalogueReport, measureCatalogue, runHotPathsBench } = await import("./hot-paths.mjs")
  const { seedCatalogue } = await import("./catalogue-seed.mjs")
  const pg = (await import("pg")).default
  const grow = async (url) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    say("bench", `growing the catalogue to ${books} books and adding ${customers} customers`)
    const held = await seedCatalogue(client, { books, customers }).finally(() => client.end())
    say("bench", `database holds ${JSON.stringify(held)}`)
  }
  await runIssueBench(
    "catalogue",
    async () => {
      say("bench", "the demo catalogue")
      const small = await runHotPathsBench({ database: "bench_catalogue_small", measure: measureCatalogue, reuse: options.reuse })
      say("bench", `${books} books`)
      const large = options.reuse
        ? await runHotPathsBench({ database: "bench_catalogue_large", measure: measureCatalogue, reuse: true })
        : await runHotPathsBench({ database: "bench_catalogue_large", measure: measureCatalogue, prepare: grow, searchRebuild: true })
      return { books, customers, small, large, missed: catalogueVerdicts(small, large) }
    },
    (result) => formatCatalogueReport(result.small, result.large, { books })
  )
}

if (options["hot-paths"]) {
  const { formatHotPathsComparison, parseHotPathConfigs, runHotPathsConfigurations, scaleOutMissed, scaleOutVerdicts } = await import("./hot-paths.mjs")
  let configs
  try {
    configs = parseHotPathConfigs(options.configs)
  } catch (error) {
    console.error(`bench: ${error.message}`)
    process.exit(2)
  }
  const requests = Number(options.requests)
  if (!(Number.isInteger(requests) && requests >= 10)) {
    console.error("bench: --requests takes a whole number, at least 10 (one per connection)")
    process.exit(2)
  }
  await runIssueBench(
    "hot-paths",
    async () => {
      const configurations = await runHotPathsConfigurations({
        configs,
        requests,
        cpuProfDir: options["cpu-prof"] && path.resolve(options["cpu-prof"]),
        reuse: options.reuse,
        logLevel: options["log-level"],
      })
      const verdicts = scaleOutVerdicts(configurations)
      // `rows`: (a)'s, where the single-process run wrote them before.
      return { requests, configurations, rows: configurations.find((c) => c.id === "a")?.rows ?? null, verdicts, missed: scaleOutMissed(verdicts) }
    },
    (result) => formatHotPathsComparison(result.configurations)
  )
}

if (options.search) {
  const { formatSearchReport, runSearchBench } = await import("./search.mjs")
  await runIssueBench("search", () => runSearchBench({ durationSeconds: Number(options.duration) || 10, skipBuild: options["skip-build"] }), formatSearchReport)
}

if (options.community) {
  const { formatCommunityReport, runCommunityBench } = await import("./community.mjs")
  await runIssueBench("community", () => runCommunityBench({ durationSeconds: Number(options.duration) || 10, reuse: options.reuse }), formatCommunityReport)
}

if (options.insights) {
  const { formatInsightsReport, runInsightsBench } = await import("./insights.mjs")
  await runIssueBench("insights", () => runInsightsBench(), formatInsightsReport)
}
const durationSeconds = Number(options.duration)
const connectionLevels = options.connections.split(",").map(Number)
const lighthouseRuns = Number(options.runs)
const journeySamples = Number(options.samples)
if (!(durationSeconds > 0) || connectionLevels.some((c) => !(c > 0)) || !(lighthouseRuns > 0) || !(Number.isInteger(journeySamples) && journeySamples > 0)) {
  console.error("bench: --duration, --connections (comma-separated), --runs and --samples take positive numbers")
  process.exit(2)
}

// Ports apart from `npm run dev` (9000/3001/8000/9100) and `npm test`, so the
// bench can run beside either. The storefront reaches each backend through a
// counting proxy.
const PORTS = { commerce: 9400, cms: 3401, storefront: 8400, paystack: 9500 }
const PROXY_PORTS = { commerce: 9401, cms: 3402 }
const urls = urlsFor(PORTS)

// `lighthouse`: the pages the finish issue names (home, listing, book, course,
// lesson, community, event and post; "post" read both as the blog post and as
// a community discussion). `resolve`: a path known only from the seeded data,
// named in resolveContentPaths (journeys.mjs).
export const PAGES = [
  { page: "home", path: "/ng", lighthouse: true },
  { page: "listing", path: "/ng/store", lighthouse: true },
  { page: "book", path: "/ng/products/the-quiet-draft", lighthouse: true },
  { page: "course", resolve: "course", lighthouse: true },
  // The demo course's first free preview lesson, open to any visitor.
  { page: "lesson", resolve: "lesson", lighthouse: true },
  { page: "community", path: "/ng/community", lighthouse: true },
  { page: "discussion", resolve: "discussion", lighthouse: true },
  // Content composed from the cms (and Medusa for the pages' commerce blocks).
  { page: "blog", path: "/ng/blog" },
  { page: "post", path: "/ng/blog/how-i-outline-a-book-in-a-weekend", lighthouse: true },
  { page: "events", path: "/ng/events" },
  { page: "event", path: "/ng/events/lagos-book-reading", lighthouse: true },
  { page: "cms page", path: "/ng/about" },
]

// Production secrets, fresh for every run: the apps refuse development defaults.
// The storefront reaches each backend through a counting proxy.
const env = productionEnv({
  urls,
  paystackUrl: `http://localhost:${PORTS.paystack}`,
  backends: { commerce: `http://localhost:${PROXY_PORTS.commerce}`, cms: `http://localhost:${PROXY_PORTS.cms}` },
  commerce: { DISABLE_MEDUSA_ADMIN: "true" },
})

const build = () => buildApps(env, urls)

/** Fills Next's cache for a page and checks it answers 200. */
async function warm(url) {
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url, { redirect: "manual" })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}; the bench needs a working page`)
  }
}

let stack
let proxies = []
async function stopAll() {
  await stack?.shutdown()
  await Promise.all(proxies.map((p) => p.close()))
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll().then(() => process.exit(130)))

const started = Date.now()
let failed = false
try {
  if (!options["skip-build"]) await build()
  proxies = await Promise.all([
    startCountingProxy({ target: urls.commerce, port: PROXY_PORTS.commerce }),
    startCountingProxy({ target: urls.cms, port: PROXY_PORTS.cms }),
  ])
  const [commerceProxy, cmsProxy] = proxies
  stack = await startStack({
    mode: "start",
    dbPrefix: "bench_",
    freshDatabases: true,
    ports: PORTS,
    postgres: { dataDir: ".data/postgres-bench", port: 54331 },
    env,
  })
  const shop = await prepareShop(urls.commerce)
  const content = await resolveContentPaths(shop)
  for (const entry of PAGES) if (entry.resolve) entry.path = content[entry.resolve]
  say("bench", "production stack is up; warming the pages")
  for (const { path: p } of PAGES) await warm(`${urls.storefront}${p}`)

  const load = []
  const backendCalls = []
  for (const { page, path: p } of PAGES) {
    commerceProxy.reset()
    cmsProxy.reset()
    for (const connections of connectionLevels) {
      say("bench", `${page} ${p} at ${connections} connections for ${durationSeconds} s`)
      const row = { page, path: p, connections, ...(await measureLoad(`${urls.storefront}${p}`, { connections, durationSeconds })) }
      load.push(row)
    }
    backendCalls.push({ page, commerce: commerceProxy.count(), cms: cmsProxy.count() })
  }

  // The checkout issue's figures, at 10 connections as it asks.
  let checkout = null
  if (!options["no-checkout"]) {
    const connections = 10
    say("bench", `add to cart at ${connections} connections for ${durationSeconds} s`)
    const addToCart = await measureAddToCart(urls.commerce, shop, { connections, durationSeconds })
    say("bench", `add to cart: p50 ${addToCart.p50Ms} ms, p95 ${addToCart.p95Ms} ms, ${addToCart.failed} failed`)
    say("bench", `completing 100 ready carts at ${connections} connections`)
    const completion = await measureCompletion(urls.commerce, shop, { connections, carts: 100 })
    say("bench", `completion: p50 ${completion.p50Ms} ms, p95 ${completion.p95Ms} ms, ${completion.orders} orders`)
    say("bench", "10 ebooks bought through the simulator: paid webhook → library")
    const webhook = await measureWebhookToLibrary(urls.commerce, `http://localhost:${PORTS.paystack}`, shop, { purchases: 10 })
    checkout = { connections, addToCart, completion, webhook }
  }

  // The finish issue's waits, in a browser on the production storefront.
  let journeys = null
  if (!options["no-journeys"]) {
    journeys = await measureJourneys({
      storefrontUrl: urls.storefront,
      simulatorUrl: `http://localhost:${PORTS.paystack}`,
      shop,
      samples: journeySamples,
      say: (message) => say("bench", message),
    })
  }

  const lighthouse = []
  if (!options["no-lighthouse"]) {
    for (const { page, path: p } of PAGES.filter((x) => x.lighthouse)) {
      say("bench", `Lighthouse ${page} ${p} × ${lighthouseRuns}`)
      const runs = await measureLighthouse(`${urls.storefront}${p}`, { runs: lighthouseRuns })
      const failed = [...new Set(runs.flatMap((r) => r.failedAccessibilityAudits))]
      const elements = [...new Set(runs.flatMap((r) => r.failedElements ?? []))]
      lighthouse.push({ page, path: p, ...summarizeLighthouse(runs), failedAccessibilityAudits: failed, failedElements: elements, raw: runs })
    }
  }

  const report = formatReport({
    load,
    backendCalls,
    checkout,
    journeys,
    lighthouse,
    meta: { title: "Storefront benchmark", durationSeconds },
  })
  console.log(`\n${report}`)
  for (const row of lighthouse) {
    if (row.failedAccessibilityAudits.length) console.log(`${row.page}: failing accessibility audits: ${row.failedAccessibilityAudits.join(", ")}`)
    for (const element of row.failedElements) console.log(`  ${element}`)
  }
  const out = path.join(ROOT, ".data", "bench")
  mkdirSync(out, { recursive: true })
  const file = path.join(out, "latest.json")
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), durationSeconds, connectionLevels, load, backendCalls, checkout, journeys, lighthouse }, null, 2)
  )
  const missed =
    load.flatMap((row) => loadVerdict(row)).length +
    lighthouse.flatMap((row) => lighthouseVerdict(row)).length +
    (checkout ? Object.values(checkoutVerdicts(checkout)).flat().length : 0) +
    (journeys ? Object.values(journeyVerdicts(journeys)).flat(2).length : 0)
  console.log(`Results in ${path.relative(ROOT, file)}; ${missed ? `${missed} target(s) missed` : "every target met"}; bench took ${Math.round((Date.now() - started) / 1000)} s.`)
} catch (error) {
  say("bench", `failed: ${error.stack ?? error.message}`)
  failed = true
} finally {
  await stopAll()
}
// Stopping the stack's processes can leave process.exitCode at 0: exit with the verdict.
if (failed) process.exit(1)
