#!/usr/bin/env node
// `npm test`: PostgreSQL for the suites (embedded unless DATABASE_URL is set),
// then every workspace's `test` task through turbo, in two lanes so both cores
// work: commerce's suites (unit, modules, then its HTTP specs, the longest task)
// in one; in the other the browser journeys (which first build the three apps),
// the cms, storefront and tools suites, one at a time, and last a few of
// commerce's HTTP specs (LATER_COMMERCE_SPECS, left out of the first lane), so
// that the two lanes end within minutes of each other; and at its very end the
// guarantees across commerce processes (a worker and two servers on Redis, from
// the production build the journeys made: commerce/integration-tests/multiprocess).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { databaseUrl, recreateDatabases, startPostgres } from "./postgres.mjs"
import { runStep, say } from "./processes.mjs"
import { bin, ROOT } from "./stack.mjs"

// A separate data folder and port: `npm test` never touches the dev data and
// can run while `npm run dev` is stopped without a clash over 54329.
const postgres = await startPostgres({
  root: ROOT,
  dataDir: ".data/postgres-test",
  port: 54330,
  // Test databases are thrown away: no waiting for the disk. Medusa's test runner
  // copies a template database before every test (CREATE DATABASE ... TEMPLATE),
  // which with fsync spends most of its time flushing.
  settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: 300 },
  log: (m) => say("stack", m),
})

const turbo = path.join(ROOT, "node_modules", ".bin", "turbo")
const extra = process.argv.slice(2)
const runsDir = path.join(ROOT, ".turbo", "runs")
const runsBefore = new Set(fs.existsSync(runsDir) ? fs.readdirSync(runsDir) : [])

/**
 * Commerce HTTP specs run at the end of the journeys' lane instead of in
 * commerce's (about six minutes of specs at two workers, the difference
 * between the lanes when the community's groups, directory and notifications
 * specs arrived). By file name, without `.spec.ts`.
 */
const LATER_COMMERCE_SPECS = ["lifecycle-emails", "event-reminders", "lesson-content", "insights", "search", "community-directory", "community-notifications"]
const LATER_LOG = path.join(ROOT, ".turbo", "commerce-later-specs.log")
/** The multi-process guarantee run's output, kept to repeat if it fails. */
const MULTIPROCESS_LOG = path.join(ROOT, ".turbo", "commerce-multiprocess.log")

/**
 * Commerce's HTTP specs each start from a copy of this database (integration-tests/setup.js), migrated
 * here once, beside the lanes' first tasks, instead of each spec file migrating an empty one. Marked
 * ready only when its migrations and link sync succeeded; until then, or if they fail, the specs
 * migrate their own as before.
 */
const COMMERCE_HTTP_TEMPLATE = "commerce_http_template"
async function makeCommerceTemplate() {
  try {
    await recreateDatabases(postgres.serverUrl, [COMMERCE_HTTP_TEMPLATE])
    await runStep("commerce", "the HTTP specs' template database", bin("commerce", "medusa"), ["db:migrate", "--skip-scripts", "--execute-all-links"], {
      cwd: path.join(ROOT, "commerce"),
      env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl(postgres.serverUrl, COMMERCE_HTTP_TEMPLATE) },
    })
    const client = new pg.Client({ connectionString: postgres.serverUrl })
    await client.connect()
    await client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(COMMERCE_HTTP_TEMPLATE)} IS 'ready'`).finally(() => client.end())
  } catch (error) {
    say("stack", `no template database for commerce's HTTP specs (${error.message}): each migrates its own`)
  }
}

const env = { ...process.env, PG_SERVER_URL: postgres.serverUrl, COMMERCE_HTTP_TEMPLATE }
const exited = (child) => new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))))
const children = new Set()
const run = (command, args, options) => {
  const child = spawn(command, args, { cwd: ROOT, env, ...options })
  children.add(child)
  return child
}
const turboTest = (laneArgs, laneEnv = env) =>
  exited(run(turbo, ["run", "test", "--concurrency=1", "--continue", "--summarize", ...laneArgs], { stdio: "inherit", env: laneEnv }))

const failedLogs = []

/** A commerce npm script, its output also kept in `log` (repeated at the end if it fails, under `title`). */
async function commerceScript(title, args, log) {
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const sink = fs.createWriteStream(log)
  const child = run("npm", ["run", ...args], { cwd: path.join(ROOT, "commerce"), stdio: ["ignore", "pipe", "pipe"] })
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      process.stdout.write(chunk)
      sink.write(chunk)
    })
  }
  const code = await exited(child)
  sink.end()
  if (code !== 0) failedLogs.push({ title, log })
  return code
}

const laterCommerceSpecs = () =>
  commerceScript(
    `commerce's later HTTP specs (${LATER_COMMERCE_SPECS.join(", ")})`,
    ["test:integration:http", "--", ...LATER_COMMERCE_SPECS.map((name) => `integration-tests/http/${name}.spec.ts`)],
    LATER_LOG
  )

/**
 * The guarantee specs against commerce as a worker and two servers on Redis
 * (REDIS_URL when it answers, else a redis-server of its own; without either it
 * prints why it skips). It reuses the production build the journeys made, so it
 * runs after them, in their lane.
 */
const multiprocessGuarantees = () =>
  commerceScript("the guarantees across commerce processes", ["test:integration:multiprocess"], MULTIPROCESS_LOG)

// Arguments (for example `--filter=cms`) make it one turbo run, as given.
const template = makeCommerceTemplate()
const exitCodes = extra.length
  ? [template.then(() => turboTest(extra))]
  : [
      turboTest(["--filter=!commerce"]).then(async (code) => {
        const later = await laterCommerceSpecs()
        const multiprocess = await multiprocessGuarantees()
        return code || later || multiprocess
      }),
      turboTest(["--filter=commerce"], { ...env, COMMERCE_HTTP_ELSEWHERE: LATER_COMMERCE_SPECS.join(",") }),
    ]

/**
 * A CI log keeps only its end, and every later suite's output buries an earlier
 * suite's failures: finish with the end of each failed task's own log (turbo
 * keeps one per task), leaving out the e2e stack's server lines.
 */
function repeatFailures() {
  const runs = fs.existsSync(runsDir) ? fs.readdirSync(runsDir).filter((f) => !runsBefore.has(f)) : []
  for (const file of runs) {
    const summary = JSON.parse(fs.readFileSync(path.join(runsDir, file), "utf8"))
    for (const task of summary.tasks ?? []) {
      if (!task.execution || task.execution.exitCode === 0 || !task.logFile) continue
      const log = path.join(ROOT, task.logFile)
      if (!fs.existsSync(log)) continue
      const lines = fs.readFileSync(log, "utf8").split("\n").filter((line) => !line.includes("[WebServer]"))
      console.log(`\n──── ${task.taskId} failed (exit ${task.execution.exitCode}); the end of its log (${task.logFile}):`)
      console.log(lines.slice(-80).join("\n"))
    }
  }
  for (const { title, log } of failedLogs.filter(({ log }) => fs.existsSync(log))) {
    console.log(`\n──── ${title} failed; the end of the log (${path.relative(ROOT, log)}):`)
    console.log(fs.readFileSync(log, "utf8").split("\n").slice(-80).join("\n"))
  }
}

const stop = async (code) => {
  if (code !== 0) {
    try {
      repeatFailures()
    } catch (error) {
      console.log(`could not repeat the failures: ${error.message}`)
    }
  }
  await postgres.stop()
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((child) => child.kill(signal)))
const codes = await Promise.all(exitCodes)
await stop(codes.find((code) => code !== 0) ?? 0)
