// `npm run bench -- --campaign`: a newsletter campaign to 50,000 confirmed
// subscribers (issue 19). Builds the cms for production (unless
// --skip-build), migrates and demo-seeds a bench database of its own, adds the
// subscribers with one INSERT … SELECT generate_series, starts the local inbox
// (tools/inbox) in a process of its own with Resend's default rate limit (2
// requests a second per key: 429 with Retry-After beyond it) and the cms's
// production server pointed at it. Then an editor writes the campaign and
// schedules it through the Payload REST API, and while the cms's job sends it
// the bench samples, every second, the resident memory of the cms's process
// tree and of the inbox, and times the admin API an editor uses meanwhile
// (the campaign itself and the posts list). It waits for the campaign to be
// `sent` and for the inbox to hold every message, then checks exactly one
// message per subscriber arrived.
//
// Targets (issue 19): done in ≤ 6 minutes at Resend's default limit; the cms's
// memory flat (no per-recipient objects held for the whole send: it grows less
// than FLAT_GROWTH_MB between 25 % and 100 % sent); admin API p95 ≤ 300 ms.
//
//   npm run bench -- --campaign                      50,000 subscribers
//   npm run bench -- --campaign --subscribers=2000 --skip-build
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { databaseUrl, recreateDatabases, startPostgres } from "../dev/postgres.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "../dev/processes.mjs"
import { productionEnv } from "../dev/production.mjs"
import { ROOT } from "../dev/stack.mjs"
import { treeRssMb } from "./insights.mjs"
import { percentile } from "./report.mjs"

const PORTS = { cms: 3471, inbox: 9472, commerce: 9471, storefront: 8471, paystack: 9571 }
const CMS = `http://localhost:${PORTS.cms}`
const INBOX = `http://localhost:${PORTS.inbox}`
const DATABASE = "bench_campaign_cms"
const SOURCE = "bench-campaign"
const npm = process.platform === "win32" ? "npm.cmd" : "npm"

export const CAMPAIGN_TARGETS = { seconds: 360, adminP95Ms: 300, flatGrowthMb: 50 }

/**
 * Memory against progress: `samples` are `{ sent, mb }` in time order, `total`
 * the recipients. The RSS when a quarter and when all were sent, the growth
 * between them, and the least-squares slope in MB per 10,000 sent over that
 * stretch (near 0 when nothing is held per recipient).
 */
export function memoryTrend(samples, total) {
  const at = (share) => samples.find((s) => s.sent >= share * total) ?? null
  const quarter = at(0.25)
  const whole = at(1) ?? samples.at(-1) ?? null
  const stretch = quarter ? samples.filter((s) => s.sent >= quarter.sent && s.sent <= (whole?.sent ?? Infinity)) : []
  let slope = null
  if (stretch.length >= 2) {
    const n = stretch.length
    const mx = stretch.reduce((a, s) => a + s.sent, 0) / n
    const my = stretch.reduce((a, s) => a + s.mb, 0) / n
    const sxx = stretch.reduce((a, s) => a + (s.sent - mx) ** 2, 0)
    const sxy = stretch.reduce((a, s) => a + (s.sent - mx) * (s.mb - my), 0)
    slope = sxx ? Math.round((sxy / sxx) * 10_000 * 10) / 10 : null
  }
  return {
    atQuarterMb: quarter?.mb ?? null,
    atWholeMb: whole?.mb ?? null,
    growthMb: quarter && whole ? whole.mb - quarter.mb : null,
    mbPer10k: slope,
  }
}

/** p50, p95 and max of latencies in ms, with how many failed. */
export function latencySummary(samples) {
  const ok = samples.filter((s) => s.ok).map((s) => s.ms)
  const round = (v) => (v === null ? null : Math.round(v))
  return {
    requests: samples.length,
    failed: samples.length - ok.length,
    p50Ms: round(percentile(ok, 50)),
    p95Ms: round(percentile(ok, 95)),
    maxMs: round(ok.length ? Math.max(...ok) : null),
  }
}

/** The targets missed, as sentences; empty when all are met. */
export function campaignVerdicts(result, targets = CAMPAIGN_TARGETS) {
  const missed = []
  const { subscribers, seconds, delivery, memory, admin } = result
  if (!(seconds <= targets.seconds)) missed.push(`the campaign took ${seconds} s > ${targets.seconds} s`)
  if (delivery.accepted !== subscribers) missed.push(`the inbox accepted ${delivery.accepted} messages, not ${subscribers}`)
  if (delivery.recipients !== subscribers) missed.push(`${delivery.recipients} distinct recipients, not ${subscribers}`)
  if (delivery.duplicated !== 0) missed.push(`${delivery.duplicated} recipients got more than one message`)
  if (!(memory.cms.growthMb !== null && memory.cms.growthMb <= targets.flatGrowthMb)) {
    missed.push(`cms memory grew ${memory.cms.growthMb} MB from 25 % to 100 % sent (> ${targets.flatGrowthMb} MB)`)
  }
  if (admin.during.failed) missed.push(`${admin.during.failed} admin API requests failed during the send`)
  if (!(admin.during.p95Ms !== null && admin.during.p95Ms <= targets.adminP95Ms)) missed.push(`admin API p95 ${admin.during.p95Ms} ms during the send > ${targets.adminP95Ms} ms`)
  return missed
}

/** The figures as a Markdown table, each against its target. */
export function formatCampaignReport(result, targets = CAMPAIGN_TARGETS) {
  const { subscribers, seconds, phases, ratePerSecond, delivery, memory, admin } = result
  const missed = campaignVerdicts(result, targets)
  const mark = (ok) => (ok ? "met" : "**missed**")
  const cms = memory.cms
  return [
    `## Campaign benchmark (${subscribers.toLocaleString("en")} confirmed subscribers, inbox at ${delivery.rateLimit} requests/s)`,
    "",
    "| measure | result | target | |",
    "|---|---|---|---|",
    `| scheduled → sent | ${seconds} s (job picked it up and expanded the audience in ${phases.expandSeconds} s, then sent for ${phases.sendSeconds} s) | ≤ ${targets.seconds} s | ${mark(seconds <= targets.seconds)} |`,
    `| send rate | ${ratePerSecond} emails/s, ${delivery.requests} batch requests, ${delivery.rateLimited} answered 429, ${delivery.idempotentReplays} idempotent replays | | |`,
    `| delivered | ${delivery.accepted} messages to ${delivery.recipients} distinct recipients, ${delivery.duplicated} with more than one; rows ${JSON.stringify(delivery.rows)} | exactly ${subscribers}, none twice | ${mark(delivery.accepted === subscribers && delivery.recipients === subscribers && delivery.duplicated === 0)} |`,
    `| cms memory (RSS of its process tree) | start ${cms.startMb} MB, peak ${cms.peakMb} MB, end ${cms.endMb} MB; ${cms.atQuarterMb} MB at 25 % sent → ${cms.atWholeMb} MB at 100 % (${cms.growthMb >= 0 ? "+" : ""}${cms.growthMb} MB, ${cms.mbPer10k} MB per 10,000 sent) | growth 25 %→100 % ≤ ${targets.flatGrowthMb} MB | ${mark(cms.growthMb !== null && cms.growthMb <= targets.flatGrowthMb)} |`,
    `| inbox memory (keeps every message, HTML included) | start ${memory.inbox.startMb} MB, peak ${memory.inbox.peakMb} MB, end ${memory.inbox.endMb} MB | (not the cms) | |`,
    `| admin API before the send (${admin.idle.requests} requests) | p50 ${admin.idle.p50Ms} ms, p95 ${admin.idle.p95Ms} ms, max ${admin.idle.maxMs} ms | | |`,
    `| admin API during the send (${admin.during.requests} requests, ${admin.during.failed} failed) | p50 ${admin.during.p50Ms} ms, p95 ${admin.during.p95Ms} ms, max ${admin.during.maxMs} ms | p95 ≤ ${targets.adminP95Ms} ms | ${mark(!admin.during.failed && admin.during.p95Ms !== null && admin.during.p95Ms <= targets.adminP95Ms)} |`,
    ...Object.entries(admin.byPath).map(([p, s]) => `| · ${p} during the send | p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms (${s.requests}) | | |`),
    "",
    missed.length ? `Missed: ${missed.join("; ")}` : "Every target met.",
  ].join("\n")
}

const lexical = (...texts) => ({
  root: {
    type: "root",
    direction: "ltr",
    format: "",
    indent: 0,
    version: 1,
    children: texts.map((text) => ({
      type: "paragraph",
      direction: "ltr",
      format: "",
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [{ type: "text", text, version: 1, detail: 0, format: 0, mode: "normal", style: "" }],
    })),
  },
})

async function api(method, url, { token, body } = {}) {
  const res = await fetch(`${CMS}${url}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(json)}`)
  return json
}

const login = async (email, password) => (await api("POST", "/api/users/login", { body: { email, password } })).token

/** One timed GET of the admin API. */
async function timedGet(url, token) {
  const started = performance.now()
  try {
    const res = await fetch(`${CMS}${url}`, { headers: { authorization: `JWT ${token}` }, signal: AbortSignal.timeout(10_000) })
    await res.arrayBuffer()
    return { path: url, ms: performance.now() - started, ok: res.ok }
  } catch {
    return { path: url, ms: performance.now() - started, ok: false }
  }
}

const inboxStats = async () => (await fetch(`${INBOX}/__inbox/stats`)).json()

/** Runs the campaign bench; resolves with the figures (and stops everything it started). */
export async function runCampaignBench({ subscribers = 50_000, skipBuild = false, log = (m) => say("bench", m) } = {}) {
  const urls = { commerce: `http://localhost:${PORTS.commerce}`, cms: CMS, storefront: `http://localhost:${PORTS.storefront}` }
  const env = productionEnv({ urls, paystackUrl: `http://localhost:${PORTS.paystack}` })
  const apiKey = `re_bench_${env.cms.PAYLOAD_SECRET.slice(0, 24)}`
  const cmsDir = path.join(ROOT, "cms")
  if (!skipBuild) await runStep("cms", "production build", npm, ["run", "build"], { cwd: cmsDir, env: { ...process.env, ...env.cms } })

  const postgres = await startPostgres({ root: ROOT, dataDir: ".data/postgres-bench", port: 54331, log: (m) => say("stack", m) })
  try {
    await recreateDatabases(postgres.serverUrl, [DATABASE])
    const cmsEnv = {
      ...process.env,
      ...env.cms,
      DATABASE_URL: databaseUrl(postgres.serverUrl, DATABASE),
      CMS_PUBLIC_URL: CMS,
      STOREFRONT_URL: urls.storefront,
      RESEND_API_KEY: apiKey,
      RESEND_BASE_URL: INBOX,
      RESEND_FROM: "Adaeze Okafor <letters@books.example>",
    }
    await runStep("cms", "migrations", npm, ["run", "migrate"], { cwd: cmsDir, env: cmsEnv })
    await runStep("cms", "demo seed", npm, ["run", "seed"], { cwd: cmsDir, env: cmsEnv })

    const db = new pg.Client({ connectionString: cmsEnv.DATABASE_URL })
    await db.connect()
    try {
      const seeded = Date.now()
      await db.query(
        `INSERT INTO newsletter_subscribers (email, status, source, token, confirmed_at, updated_at, created_at)
         SELECT 'reader' || lpad(g::text, 6, '0') || '@bench.example.com', 'confirmed', $2, md5(g::text || random()::text),
                now() - interval '30 days', now(), now() - interval '60 days'
           FROM generate_series(1, $1::int) g`,
        [subscribers, SOURCE],
      )
      await db.query("ANALYZE newsletter_subscribers")
      log(`${subscribers} confirmed subscribers written in ${((Date.now() - seeded) / 1000).toFixed(1)} s`)

      // The inbox in a process of its own, so its memory (every message kept) is not the cms's.
      const inbox = startServer("inbox", process.execPath, [path.join(ROOT, "tools/inbox/index.mjs")], {
        cwd: ROOT,
        env: { ...process.env, INBOX_PORT: String(PORTS.inbox), INBOX_API_KEY: apiKey, INBOX_RATE_LIMIT: "2", INBOX_FILE: "", INBOX_KEEP: String(subscribers + 100) },
      })
      await waitForHttp(`${INBOX}/health`, { child: inbox })
      const next = path.join(ROOT, "node_modules", ".bin", "next")
      const cms = startServer("cms", next, ["start", "-p", String(PORTS.cms)], { cwd: cmsDir, env: { ...cmsEnv, NODE_OPTIONS: "--no-deprecation" } })
      await waitForHttp(`${CMS}/api/health`, { child: cms })

      // An editor (the role that may send), made by the seeded admin.
      const adminToken = await login("editor@example.com", "supersecret")
      const editor = { email: "bench-editor@bench.example.com", password: "bench-editor-password" }
      await api("POST", "/api/users", { token: adminToken, body: { ...editor, name: "Bench Editor", roles: ["editor"] } })
      const token = await login(editor.email, editor.password)

      const campaign = (
        await api("POST", "/api/campaigns", {
          token,
          body: {
            subject: "A new chapter is out",
            preheader: "Inside: the first pages, and a reading in Lagos",
            audience: "source",
            audienceSource: SOURCE,
            body: lexical(
              "Dear reader, the new chapter is out today, and you read it first.",
              "It follows Amaka back to Enugu, to the house her mother left, and to the letters nobody opened. I wrote most of it on the early bus, in a notebook that is now more coffee than paper.",
              "The reading in Lagos is on the last Saturday of the month; bring the questions you did not get to ask last time.",
              "Thank you for reading, and for writing back.",
            ),
          },
        })
      ).doc
      const paths = [`/api/campaigns/${campaign.id}`, "/api/posts?limit=10"]

      // Warm the routes, then time them idle: the figures to compare with.
      for (let i = 0; i < 5; i++) for (const p of paths) await timedGet(p, token)
      const idle = []
      for (let i = 0; i < 20; i++) for (const p of paths) idle.push(await timedGet(p, token))

      const sample = async () => ({ at: Date.now(), sent: (await inboxStats()).accepted, cmsMb: treeRssMb(cms.pid), inboxMb: treeRssMb(inbox.pid) })
      const samples = [await sample()]
      log(`scheduling campaign ${campaign.id} for ${subscribers} readers`)
      const scheduledAt = new Date()
      await api("PATCH", `/api/campaigns/${campaign.id}`, { token, body: { status: "scheduled" } })

      let done = false
      const during = []
      const timing = (async () => {
        for (let i = 0; !done; i++) {
          during.push(await timedGet(paths[i % paths.length], token))
          await sleep(250)
        }
      })()
      const deadline = Date.now() + Math.max(20 * 60_000, subscribers * 30)
      let status = null
      try {
        for (let tick = 0; ; tick++) {
          await sleep(1000)
          const s = await sample()
          samples.push(s)
          status = (await db.query("SELECT status FROM campaigns WHERE id = $1", [campaign.id])).rows[0].status
          if (tick % 15 === 0) log(`${status}: ${s.sent} accepted by the inbox, cms ${s.cmsMb} MB, inbox ${s.inboxMb} MB`)
          if (status === "sent" && s.sent >= subscribers) break
          if (cms.exitCode !== null) throw new Error("the cms exited during the send")
          if (Date.now() > deadline) throw new Error(`the campaign was still ${status} with ${s.sent} accepted after ${Math.round((Date.now() - scheduledAt) / 1000)} s`)
        }
      } finally {
        done = true
        await timing
      }
      // A few seconds after: does the memory come back down?
      await sleep(3000)
      samples.push(await sample())

      const { rows: [row] } = await db.query(
        `SELECT c.sent_at, c.recipients_expanded_at, c.last_error,
                (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM campaign_recipients WHERE campaign_id = c.id GROUP BY status) x) AS rows
           FROM campaigns c WHERE c.id = $1`,
        [campaign.id],
      )
      const stats = await inboxStats()
      const seconds = Math.round((row.sent_at - scheduledAt) / 100) / 10
      const expandSeconds = Math.round((row.recipients_expanded_at - scheduledAt) / 100) / 10
      const sendSeconds = Math.round((row.sent_at - row.recipients_expanded_at) / 100) / 10
      const sending = samples.filter((s) => s.at >= scheduledAt.getTime())
      const peak = (key) => Math.max(...sending.map((s) => s[key]))
      const trend = memoryTrend(sending.map((s) => ({ sent: s.sent, mb: s.cmsMb })), subscribers)
      const byPath = Object.fromEntries(paths.map((p) => [p, latencySummary(during.filter((d) => d.path === p))]))
      return {
        subscribers,
        seconds,
        phases: { expandSeconds, sendSeconds },
        ratePerSecond: Math.round((subscribers / sendSeconds) * 10) / 10,
        delivery: {
          rateLimit: 2,
          accepted: stats.accepted,
          recipients: stats.recipients,
          duplicated: stats.recipientsWithMoreThanOne,
          requests: stats.requests,
          rateLimited: stats.rateLimited,
          idempotentReplays: stats.idempotentReplays,
          rows: row.rows,
          lastError: row.last_error,
        },
        memory: {
          cms: { startMb: samples[0].cmsMb, peakMb: peak("cmsMb"), endMb: samples.at(-1).cmsMb, ...trend },
          inbox: { startMb: samples[0].inboxMb, peakMb: peak("inboxMb"), endMb: samples.at(-1).inboxMb },
        },
        admin: { idle: latencySummary(idle), during: latencySummary(during), byPath },
        samples: samples.map((s) => ({ t: Math.round((s.at - scheduledAt) / 100) / 10, sent: s.sent, cmsMb: s.cmsMb, inboxMb: s.inboxMb })),
      }
    } finally {
      await db.end()
    }
  } finally {
    await stopChildren()
    await postgres.stop()
  }
}
