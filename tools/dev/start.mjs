#!/usr/bin/env node
// `npm run start` (after `npm run build`): the three apps from their production
// builds on one machine. PostgreSQL is DATABASE_URL's server or an embedded one
// of this profile's own; with REDIS_URL, commerce is a worker plus
// COMMERCE_SERVERS server processes behind one port. See README, "Production".
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { startPaystackSimulator } from "../paystack/index.mjs"
import { COMMERCE_BUILD, startCommerceCluster } from "./commerce-cluster.mjs"
import { databaseUrl, ensureDatabases, startPostgres } from "./postgres.mjs"
import { expectExits, runStep, say, stopChildren, waitForHttp } from "./processes.mjs"
import { productionEnv, randomSecrets } from "./production.mjs"
import { EMBEDDED_POSTGRES, localSecrets, missingSecrets, ProfileError, readProfile, refusal, withEnvFile } from "./profile.mjs"
import { bin, forgetStorefrontDataCache, HEALTH_PATHS, prepareCommands, ROOT, seedOnce, urlsFor } from "./stack.mjs"
import { stopSupervising, superviseCommand } from "./supervisor.mjs"

const started = Date.now()
const BUILDS = {
  commerce: "commerce/.medusa/server/package.json",
  cms: "cms/.next/BUILD_ID",
  storefront: "storefront/.next/BUILD_ID",
}

const source = withEnvFile(process.env, path.join(ROOT, ".env"))
let profile
try {
  profile = readProfile({ env: source, argv: process.argv.slice(2), cpus: os.availableParallelism?.() ?? os.cpus().length })
} catch (error) {
  if (!(error instanceof ProfileError)) throw error
  console.error(error.message)
  process.exit(2)
}
const missing = profile.local ? [] : missingSecrets(source)
if (missing.length) {
  console.error(refusal(missing))
  process.exit(2)
}
const unbuilt = Object.entries(BUILDS).filter(([, file]) => !existsSync(path.join(ROOT, file)))
if (unbuilt.length) {
  console.error(`npm run start: no production build of ${unbuilt.map(([app]) => app).join(", ")}: run npm run build first.`)
  process.exit(2)
}

const urls = urlsFor(profile.ports)
let postgres = null
let paystack = null
const running = []
let exiting = false
async function exit(code) {
  if (exiting) return
  exiting = true
  stopSupervising()
  expectExits()
  say("stack", "stopping…")
  await Promise.all(running.map((supervised) => supervised.stop()))
  await stopChildren()
  await paystack?.close()
  await postgres?.stop()
  say("stack", "stopped")
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => exit(0))

/** Each app's environment: the operator's (with derived addresses), or generated for --local. */
function environments(serverUrl) {
  const db = { commerce: databaseUrl(serverUrl, "commerce"), cms: databaseUrl(serverUrl, "cms") }
  const shared = { ...(profile.redisUrl ? { REDIS_URL: profile.redisUrl } : {}), FORCE_COLOR: "1" }
  if (profile.local) {
    const env = productionEnv({ urls, paystackUrl: paystack.url, secrets: localSecrets(ROOT, randomSecrets) })
    return {
      commerce: { ...process.env, ...env.commerce, ...shared, DATABASE_URL: db.commerce, MEDUSA_BACKEND_URL: urls.commerce, STOREFRONT_URL: urls.storefront },
      cms: { ...process.env, ...env.cms, ...shared, DATABASE_URL: db.cms, CMS_PUBLIC_URL: urls.cms, STOREFRONT_URL: urls.storefront },
      storefront: { ...process.env, ...env.storefront, ...shared, NEXT_PUBLIC_BASE_URL: urls.storefront },
    }
  }
  const base = { ...source, ...shared, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }
  const publicUrl = {
    commerce: source.MEDUSA_BACKEND_URL || urls.commerce,
    storefront: source.STOREFRONT_PUBLIC_URL || urls.storefront,
  }
  return {
    commerce: {
      ...base,
      DATABASE_URL: db.commerce,
      MEDUSA_BACKEND_URL: publicUrl.commerce,
      // Within this machine: revalidation to the storefront, the Insights page to the cms.
      STOREFRONT_URL: urls.storefront,
      STOREFRONT_PUBLIC_URL: publicUrl.storefront,
      CMS_URL: urls.cms,
      // The cms `commerce` account's key; CMS_API_KEY here is the storefront's (as in docker compose).
      CMS_API_KEY: source.COMMERCE_CMS_API_KEY ?? "",
      STORE_CORS: source.STORE_CORS || publicUrl.storefront,
      ADMIN_CORS: source.ADMIN_CORS || publicUrl.commerce,
      AUTH_CORS: source.AUTH_CORS || `${publicUrl.storefront},${publicUrl.commerce}`,
      // The storefront calls commerce over loopback and forwards each shopper's address.
      TRUSTED_PROXIES: source.TRUSTED_PROXIES || "127.0.0.1,::1",
    },
    cms: {
      ...base,
      DATABASE_URL: db.cms,
      CMS_PUBLIC_URL: source.CMS_PUBLIC_URL || urls.cms,
      STOREFRONT_URL: urls.storefront,
      STOREFRONT_PUBLIC_URL: publicUrl.storefront,
      COMMERCE_URL: urls.commerce,
    },
    storefront: {
      ...base,
      MEDUSA_BACKEND_URL: urls.commerce,
      CMS_URL: urls.cms,
      NEXT_PUBLIC_BASE_URL: source.NEXT_PUBLIC_BASE_URL || publicUrl.storefront,
    },
  }
}

/** Commerce: one shared process without Redis; with it, a worker and the servers behind one port. */
async function startCommerce(env) {
  const { ports, commerce } = profile
  if (!commerce.split) {
    const single = superviseCommand("commerce", bin("commerce", "medusa"), ["start", "-p", String(ports.commerce)], {
      cwd: COMMERCE_BUILD,
      env: { ...env, MEDUSA_WORKER_MODE: "shared" },
    })
    running.push(single)
    await waitForHttp(`${urls.commerce}/health`, { child: single.current() })
    return
  }
  const { worker, servers } = await startCommerceCluster({ env, servers: commerce.servers, port: ports.commerce, workerPort: ports.commerceWorker })
  running.push(worker, servers)
}

try {
  for (const note of profile.notes) say("stack", note)
  // startPostgres reads DATABASE_URL from the environment; .env may be where it was set.
  if (profile.databaseUrl) process.env.DATABASE_URL = profile.databaseUrl
  postgres = await startPostgres({ root: ROOT, ...EMBEDDED_POSTGRES, log: (m) => say("stack", m) })
  if (profile.local) {
    paystack = await startPaystackSimulator({ port: 0, secretKey: localSecrets(ROOT, randomSecrets).paystackKey, webhookUrl: `${urls.commerce}/hooks/payment/paystack_paystack`, log: (m) => say("paystack", m) })
  }
  await ensureDatabases(postgres.serverUrl, ["commerce", "cms"])
  const env = environments(postgres.serverUrl)
  const prepare = async (app) => {
    const steps = prepareCommands("start", app)
    const options = { cwd: path.join(ROOT, steps.cwd), env: env[app] }
    await runStep(app, "migrations", steps.migrate.command, steps.migrate.args, options)
    // Demo data only when trying the profile out: a real shop starts empty.
    if (profile.local) await seedOnce(app, env[app].DATABASE_URL, () => runStep(app, "demo seed", steps.seed.command, steps.seed.args, options))
  }
  await Promise.all([prepare("commerce"), prepare("cms")])

  const cms = superviseCommand("cms", bin("cms", "next"), ["start", "-p", String(profile.ports.cms)], { cwd: path.join(ROOT, "cms"), env: env.cms })
  running.push(cms)
  await Promise.all([startCommerce(env.commerce), waitForHttp(`${urls.cms}${HEALTH_PATHS.cms}`, { child: cms.current() })])
  if (profile.local) {
    const steps = prepareCommands("start", "commerce")
    await seedOnce("search", env.commerce.DATABASE_URL, () =>
      runStep("commerce", "search index", steps.searchRebuild.command, steps.searchRebuild.args, { cwd: path.join(ROOT, steps.cwd), env: env.commerce })
    )
  }
  // Pages cached by another run of this build (the bench's, the browser tests') hold that run's keys and ids.
  forgetStorefrontDataCache()
  const storefront = superviseCommand("storefront", bin("storefront", "next"), ["start", "-p", String(profile.ports.storefront)], {
    cwd: path.join(ROOT, "storefront"),
    env: env.storefront,
  })
  running.push(storefront)
  await waitForHttp(`${urls.storefront}${HEALTH_PATHS.storefront}`, { child: storefront.current() })
} catch (error) {
  say("stack", `could not start: ${error.message}`)
  await exit(1)
}

const { commerce } = profile
console.log(`
  Production profile ready in ${((Date.now() - started) / 1000).toFixed(0)} s${profile.local ? " (--local: generated secrets, Paystack simulator, emails in the log, demo data)" : ""}.

  Storefront      ${urls.storefront}
  Commerce API    ${urls.commerce}   ${commerce.split ? `${commerce.servers} server process${commerce.servers > 1 ? "es" : ""} + a worker (health on :${profile.ports.commerceWorker}), Redis` : "one process (no REDIS_URL)"}
  Medusa admin    ${urls.commerce}/app
  Payload admin   ${urls.cms}/admin
  PostgreSQL      ${postgres.embedded ? `embedded, ${EMBEDDED_POSTGRES.dataDir} on port ${EMBEDDED_POSTGRES.port}` : "DATABASE_URL"}

  A process that exits is started again. Press Ctrl-C to stop everything.
`)
