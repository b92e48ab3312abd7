#!/usr/bin/env node
// Commerce for the multi-process guarantee run (commerce/integration-tests/
// multiprocess): the production build, run as `npm run start` runs it on
// Redis — a worker and COMMERCE_SERVERS servers behind COMMERCE_PORT — on a
// database made afresh on the test PostgreSQL. Started by the spec, which
// passes in its environment:
//   PG_SERVER_URL, MULTIPROCESS_DATABASE   the server and the database to (re)create
//   REDIS_URL                              the Redis every process shares
//   COMMERCE_PORT, COMMERCE_WORKER_PORT, COMMERCE_SERVERS
//   PAYSTACK_SECRET_KEY, PAYSTACK_API_URL  the spec's Paystack simulator
// and any commerce variable (rate limits, trusted proxies). It reuses the build
// in commerce/.medusa/server (under `npm test` the browser journeys' lane made it)
// and builds only when there is none or the source is newer.
//
// Prints "multiprocess: migrated" once the schema is in place (the spec seeds
// then) and "multiprocess: ready" once every process answers; each server's
// output comes prefixed [commerce:1], [commerce:2] (with LOG_LEVEL=http, one
// JSON line per request: which process served what). SIGTERM, or the spec's
// end of stdin, stops every process and drops the database.
import { readdirSync, statSync } from "node:fs"
import path from "node:path"
import { COMMERCE_BUILD, startCommerceCluster } from "./commerce-cluster.mjs"
import { databaseUrl, dropDatabases, recreateDatabases } from "./postgres.mjs"
import { expectExits, runStep, say, stopChildren } from "./processes.mjs"
import { productionEnv, randomSecrets } from "./production.mjs"
import { bin, ROOT, urlsFor } from "./stack.mjs"
import { stopSupervising } from "./supervisor.mjs"

const required = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: this is started by commerce/integration-tests/multiprocess`)
  return value
}

const serverUrl = required("PG_SERVER_URL")
const database = required("MULTIPROCESS_DATABASE")
const port = Number(required("COMMERCE_PORT"))
const workerPort = Number(required("COMMERCE_WORKER_PORT"))
const servers = Number(process.env.COMMERCE_SERVERS || 2)
// Commerce sends no request to a storefront or a cms here that a case looks at; their ports stay closed.
const urls = urlsFor({ commerce: port, storefront: workerPort + 1, cms: workerPort + 2 })
const { NODE_OPTIONS, ...inherited } = process.env
const env = {
  ...inherited,
  ...productionEnv({
    urls,
    paystackUrl: required("PAYSTACK_API_URL"),
    secrets: { ...randomSecrets(), paystackKey: required("PAYSTACK_SECRET_KEY") },
  }).commerce,
  DATABASE_URL: databaseUrl(serverUrl, database),
  REDIS_URL: required("REDIS_URL"),
  MEDUSA_BACKEND_URL: urls.commerce,
  // One JSON line per request in each server's output: the spec reads which process served it.
  LOG_LEVEL: "http",
}

/** The newest modification time under `dir`, in ms. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs)
  }
  return latest
}

/** The build, unless it is missing or older than the source it was built from. */
async function ensureBuild() {
  const commerce = path.join(ROOT, "commerce")
  let builtAt = 0
  try {
    builtAt = statSync(path.join(COMMERCE_BUILD, "package.json")).mtimeMs
  } catch {
    // not built
  }
  const changed = Math.max(newest(path.join(commerce, "src")), statSync(path.join(commerce, "medusa-config.ts")).mtimeMs)
  if (builtAt > changed) return say("commerce", "reusing the production build in commerce/.medusa/server")
  await runStep("commerce", "production build", bin("commerce", "medusa"), ["build"], { cwd: commerce, env })
}

let commerce = null
let exiting = false
async function exit(code) {
  if (exiting) return
  exiting = true
  stopSupervising()
  expectExits()
  await Promise.all([commerce?.worker.stop(), commerce?.servers.stop()])
  await stopChildren()
  await dropDatabases(serverUrl, [database]).catch((error) => say("stack", `could not drop ${database}: ${error.message}`))
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => exit(0))
process.stdin.on("end", () => exit(0))
process.stdin.resume()

try {
  await ensureBuild()
  await recreateDatabases(serverUrl, [database])
  await runStep("commerce", "migrations", bin("commerce", "medusa"), ["db:migrate"], { cwd: COMMERCE_BUILD, env })
  console.log("multiprocess: migrated")
  commerce = await startCommerceCluster({ env, servers, port, workerPort })
  console.log("multiprocess: ready")
} catch (error) {
  say("stack", `could not start: ${error.stack ?? error.message}`)
  await exit(1)
}
