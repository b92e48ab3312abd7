// Pure helpers for the benchmark: medians, targets and the printed table.

/**
 * The official Medusa storefront (medusajs/dtc-starter) measured on this kind
 * of 2-core machine against stock Medusa 2.21 (see the shop issue): the
 * figures our pages are compared with.
 */
export const BASELINE = { name: "dtc-starter", rps: { low: 20, high: 28 }, p99Ms: { low: 2000, high: 3000 } }

/** What the shop issue asks of public pages. */
export const TARGETS = {
  /** 20× the baseline's best throughput. */
  rps: 20 * BASELINE.rps.high,
  p99Ms: 100,
  performance: 0.95,
  accessibility: 0.98,
  scriptKiB: 120,
}

/** What the checkout issue asks of commerce, at 10 connections. */
export const CHECKOUT_TARGETS = { addToCartP95Ms: 150, completionP95Ms: 500, webhookToLibraryMs: 1000 }

/**
 * What the finish issue asks of the reader's waits in a production build,
 * each at p95: coming back from Paystack to the confirmation (print and
 * digital-only orders), sign-up, and a new member's first community post.
 */
export const JOURNEY_TARGETS = { paymentReturnP95Ms: 1500, signUpP95Ms: 1000, firstPostP95Ms: 1000 }

/** The nearest-rank percentile `p` (0–100) of `values`; null when there are none. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The numbers we keep from one autocannon run. */
export function summarizeLoad(result) {
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx ?? 0,
    errors: result.errors ?? 0,
    timeouts: result.timeouts ?? 0,
  }
}

/**
 * A load row meets the targets when every answer was a 2xx, throughput is at
 * least TARGETS.rps and p99 at most TARGETS.p99Ms.
 */
export function loadVerdict(row, targets = TARGETS) {
  const failures = []
  if (row.non2xx || row.errors || row.timeouts) failures.push(`${row.non2xx + row.errors + row.timeouts} failed requests`)
  if (row.rps < targets.rps) failures.push(`${Math.round(row.rps)} req/s < ${targets.rps}`)
  if (row.p99Ms > targets.p99Ms) failures.push(`p99 ${row.p99Ms} ms > ${targets.p99Ms} ms`)
  return failures
}

/** Medians of several Lighthouse runs of one page. */
export function summarizeLighthouse(runs) {
  return {
    runs: runs.length,
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    scriptKiB: median(runs.map((r) => r.scriptBytes / 1024)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  }
}

export function lighthouseVerdict(row, targets = TARGETS) {
  const failures = []
  if (row.performance < targets.performance) failures.push(`performance ${row.performance} < ${targets.performance}`)
  if (row.accessibility < targets.accessibility) failures.push(`accessibility ${row.accessibility} < ${targets.accessibility}`)
  if (row.scriptKiB > targets.scriptKiB) failures.push(`JS ${row.scriptKiB.toFixed(0)} KiB > ${targets.scriptKiB} KiB`)
  return failures
}

/** Which checkout targets a run missed, by row: add-to-cart, completion, webhook → library. */
export function checkoutVerdicts({ addToCart, completion, webhook }, targets = CHECKOUT_TARGETS) {
  const failedRequests = (row) => (row.failed ? [`${row.failed} failed requests`] : [])
  return {
    addToCart: [
      ...failedRequests(addToCart),
      ...(addToCart.p95Ms > targets.addToCartP95Ms ? [`p95 ${addToCart.p95Ms} ms > ${targets.addToCartP95Ms} ms`] : []),
    ],
    completion: [
      ...failedRequests(completion),
      ...(completion.orders !== completion.requests ? [`${completion.orders} orders from ${completion.requests} carts`] : []),
      ...(completion.p95Ms > targets.completionP95Ms ? [`p95 ${completion.p95Ms} ms > ${targets.completionP95Ms} ms`] : []),
    ],
    webhook: webhook.maxMs > targets.webhookToLibraryMs ? [`slowest ${Math.round(webhook.maxMs)} ms > ${targets.webhookToLibraryMs} ms`] : [],
  }
}

/** The label of one return-from-payment row: which order, and whether the webhook came first. */
export const paymentReturnLabel = (row) =>
  `${row.print ? "print" : "digital-only"} order, ${row.webhook === "none" ? "return completes the cart" : "webhook completed it first"}`

/**
 * Which journey targets a run missed: one list per return-from-payment row
 * (in order), then sign-up and the first post. Joining the community is
 * reported without a target. A row with no samples misses its target.
 */
export function journeyVerdicts({ paymentReturn = [], signUp, firstPost }, targets = JOURNEY_TARGETS) {
  const within = (row, limit) => {
    if (!row || !row.samples) return ["no samples"]
    return row.p95Ms > limit ? [`p95 ${row.p95Ms} ms > ${limit} ms`] : []
  }
  return {
    paymentReturn: paymentReturn.map((row) => within(row, targets.paymentReturnP95Ms)),
    signUp: within(signUp, targets.signUpP95Ms),
    firstPost: within(firstPost, targets.firstPostP95Ms),
  }
}

/** Lighthouse's CPU benchmark index over the runs: low when the machine was busy, which inflates TBT. */
const benchmarkNote = (rows) => {
  const indexes = rows.map((r) => r.benchmarkIndex).filter(Number.isFinite)
  if (!indexes.length) return ""
  return `; Lighthouse's CPU benchmark index median ${Math.round(median(indexes))}, lowest ${Math.round(Math.min(...indexes))}`
}

const mark = (failures) => (failures.length ? `✗ ${failures.join("; ")}` : "✓")

/** The markdown tables `npm run bench` prints. */
export function formatReport({ load = [], backendCalls = [], checkout = null, journeys = null, lighthouse = [], meta = {} }) {
  const lines = []
  if (meta.title) lines.push(`## ${meta.title}`, "")
  if (load.length) {
    lines.push(
      `Load (autocannon, ${meta.durationSeconds ?? "?"} s per row, production builds on loopback). Target: ≥ ${TARGETS.rps} req/s (20× ${BASELINE.name}'s ${BASELINE.rps.high}), p99 ≤ ${TARGETS.p99Ms} ms.`,
      "",
      "| page | path | connections | req/s | × baseline | p50 ms | p99 ms | non-2xx | target |",
      "|---|---|---:|---:|---:|---:|---:|---:|---|"
    )
    for (const row of load) {
      lines.push(
        `| ${row.page} | \`${row.path}\` | ${row.connections} | ${Math.round(row.rps)} | ${(row.rps / BASELINE.rps.high).toFixed(0)}× | ${row.p50Ms} | ${row.p99Ms} | ${row.non2xx + row.errors + row.timeouts} | ${mark(loadVerdict(row))} |`
      )
    }
    lines.push("")
  }
  if (backendCalls.length) {
    lines.push("Calls the storefront made to its backends while under load (anonymous visitors are served from Next's cache):", "")
    lines.push("| page | commerce | cms |", "|---|---:|---:|")
    for (const row of backendCalls) lines.push(`| ${row.page} | ${row.commerce} | ${row.cms} |`)
    lines.push("")
  }
  if (checkout) {
    const verdicts = checkoutVerdicts(checkout)
    const { addToCart: add, completion: done, webhook } = checkout
    lines.push(
      `Checkout on commerce (autocannon, ${checkout.connections} connections). Target: add to cart p95 ≤ ${CHECKOUT_TARGETS.addToCartP95Ms} ms, completion (system provider) p95 ≤ ${CHECKOUT_TARGETS.completionP95Ms} ms, paid webhook → library ≤ ${CHECKOUT_TARGETS.webhookToLibraryMs} ms.`,
      "",
      "| step | requests | req/s | p50 ms | p95 ms | p99 ms | target |",
      "|---|---:|---:|---:|---:|---:|---|",
      `| add to cart \`POST /store/carts/:id/line-items\` | ${add.requests} | ${Math.round(add.rps)} | ${add.p50Ms} | ${add.p95Ms} | ${add.p99Ms} | ${mark(verdicts.addToCart)} |`,
      `| complete cart \`POST /store/carts/:id/complete\` (${done.orders} orders) | ${done.requests} | ${Math.round(done.rps)} | ${done.p50Ms} | ${done.p95Ms} | ${done.p99Ms} | ${mark(verdicts.completion)} |`,
      "",
      `Paid Paystack webhook → ebook in the library: median ${Math.round(webhook.medianMs)} ms, slowest ${Math.round(webhook.maxMs)} ms of ${webhook.purchases} purchases ${mark(verdicts.webhook)}.`,
      ""
    )
  }
  if (journeys) {
    const verdicts = journeyVerdicts(journeys)
    const row = (name, r, target, failures) =>
      `| ${name} | ${r.samples} | ${r.medianMs ?? "–"} | ${r.p95Ms ?? "–"} | ${r.maxMs ?? "–"} | ${target} | ${failures ? mark(failures) : "–"} |`
    lines.push(
      `What the reader waits for (production build, headless Chromium driving the storefront, ${journeys.samples} samples each after one warm-up). Target p95: return from payment → confirmation ≤ ${JOURNEY_TARGETS.paymentReturnP95Ms} ms, sign-up ≤ ${JOURNEY_TARGETS.signUpP95Ms} ms, first community post ≤ ${JOURNEY_TARGETS.firstPostP95Ms} ms.`,
      "",
      "| journey | samples | median ms | p95 ms | slowest ms | target ms | verdict |",
      "|---|---:|---:|---:|---:|---:|---|"
    )
    journeys.paymentReturn.forEach((r, i) =>
      lines.push(row(`return from Paystack → confirmation: ${paymentReturnLabel(r)}`, r, JOURNEY_TARGETS.paymentReturnP95Ms, verdicts.paymentReturn[i]))
    )
    const routes = journeys.paymentReturn.filter((r) => r.route?.samples)
    if (routes.length) {
      lines.push(
        "",
        `Of which the return route (\`/checkout/paystack\`, until its 303 to the confirmation): ${routes.map((r) => `${paymentReturnLabel(r)} median ${r.route.medianMs} ms, p95 ${r.route.p95Ms} ms`).join("; ")}. The rest is the confirmation page.`,
        ""
      )
    }
    lines.push(row("sign-up (register form → account page)", journeys.signUp, JOURNEY_TARGETS.signUpP95Ms, verdicts.signUp))
    if (journeys.join) lines.push(row("joining the community (profile form → profile)", journeys.join, "–", null))
    lines.push(row("first community post (new discussion form → the discussion)", journeys.firstPost, JOURNEY_TARGETS.firstPostP95Ms, verdicts.firstPost))
    lines.push("")
  }
  if (lighthouse.length) {
    lines.push(
      `Lighthouse (mobile, Debian Chromium, median of ${lighthouse[0].runs} runs${benchmarkNote(lighthouse)}). Target: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}, JS ≤ ${TARGETS.scriptKiB} KiB.`,
      "",
      "| page | path | performance | accessibility | JS KiB | LCP ms | TBT ms | target |",
      "|---|---|---:|---:|---:|---:|---:|---|"
    )
    for (const row of lighthouse) {
      lines.push(
        `| ${row.page} | \`${row.path}\` | ${row.performance?.toFixed(2)} | ${row.accessibility?.toFixed(2)} | ${row.scriptKiB?.toFixed(0)} | ${Math.round(row.lcpMs)} | ${Math.round(row.tbtMs)} | ${mark(lighthouseVerdict(row))} |`
      )
    }
    lines.push("")
  }
  return lines.join("\n")
}
