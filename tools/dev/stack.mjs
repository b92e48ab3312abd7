// The dev stack: PostgreSQL, databases, migrations, demo seed, then the apps.
import { rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { databaseUrl, ensureDatabases, recreateDatabases, startPostgres } from "./postgres.mjs"
import { startPaystackSimulator } from "../paystack/index.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "./processes.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export const PORTS = { commerce: 9000, cms: 3001, storefront: 8000 }
export const URLS = {
  commerce: `http://localhost:${PORTS.commerce}`,
  cms: `http://localhost:${PORTS.cms}`,
  storefront: `http://localhost:${PORTS.storefront}`,
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm"

/**
 * Next keeps backend answers (publishable key, region ids, prices) on disk
 * between runs. They belong to the databases they came from, and this run may
 * point at others (fresh test databases, a deleted .data): start clean.
 */
function forgetStorefrontDataCache() {
  for (const dir of [".next/dev/cache/fetch-cache", ".next/cache/fetch-cache", ".next/server/route-cache"]) {
    rmSync(path.join(ROOT, "storefront", dir), { recursive: true, force: true })
  }
}

/** Seeding happens once per database: a row here says it is done. */
async function seedOnce(app, url, seed) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(
      "create table if not exists dev_stack_seed (app text primary key, seeded_at timestamptz not null default now())"
    )
    const { rowCount } = await client.query("select 1 from dev_stack_seed where app = $1", [app])
    if (rowCount) {
      say(app, "demo data already seeded")
      return
    }
    await seed()
    await client.query("insert into dev_stack_seed (app) values ($1) on conflict do nothing", [app])
  } finally {
    await client.end()
  }
}

function appEnv(extra) {
  return { ...process.env, FORCE_COLOR: "1", ...extra }
}

/**
 * Brings the whole stack up. `mode` is "dev" (watchers) or "start"
 * (production builds, which must exist). Resolves once every app answers.
 */
export async function startStack({ mode = "dev", dbPrefix = "", freshDatabases = false } = {}) {
  const postgres = await startPostgres({ root: ROOT, log: (m) => say("stack", m) })
  // Without a Paystack key, payments go to the simulator (commerce's default API URL).
  const paystack = process.env.PAYSTACK_SECRET_KEY
    ? null
    : await startPaystackSimulator({ webhookUrl: `${URLS.commerce}/hooks/payment/paystack_paystack`, log: (m) => say("paystack", m) })
  const shutdown = async () => {
    await stopChildren()
    await paystack?.close()
    await postgres.stop()
  }
  try {
    const names = { commerce: `${dbPrefix}commerce`, cms: `${dbPrefix}cms` }
    await (freshDatabases ? recreateDatabases : ensureDatabases)(postgres.serverUrl, Object.values(names))
    const db = {
      commerce: databaseUrl(postgres.serverUrl, names.commerce),
      cms: databaseUrl(postgres.serverUrl, names.cms),
    }
    const env = {
      commerce: appEnv({
        DATABASE_URL: db.commerce,
        MEDUSA_BACKEND_URL: URLS.commerce,
        STOREFRONT_URL: URLS.storefront,
      }),
      cms: appEnv({ DATABASE_URL: db.cms, CMS_PUBLIC_URL: URLS.cms, STOREFRONT_URL: URLS.storefront }),
      storefront: appEnv({ MEDUSA_BACKEND_URL: URLS.commerce, CMS_URL: URLS.cms, NEXT_PUBLIC_BASE_URL: URLS.storefront }),
    }
    const cwd = (app) => path.join(ROOT, app)
    const prepare = async (app) => {
      const options = { cwd: cwd(app), env: env[app] }
      await runStep(app, "migrations", npm, ["run", "migrate"], options)
      await seedOnce(app, db[app], () => runStep(app, "demo seed", npm, ["run", "seed"], options))
    }
    await Promise.all([prepare("commerce"), prepare("cms")])

    const script = mode === "dev" ? "dev" : "start"
    const servers = {}
    for (const app of ["commerce", "cms"]) {
      servers[app] = startServer(app, npm, ["run", script], { cwd: cwd(app), env: env[app] })
    }
    await Promise.all([
      waitForHttp(`${URLS.commerce}/health`, { child: servers.commerce }),
      waitForHttp(`${URLS.cms}/api/health`, { child: servers.cms }),
    ])
    // The storefront starts last, so when it answers everything answers.
    forgetStorefrontDataCache()
    servers.storefront = startServer("storefront", npm, ["run", script], {
      cwd: cwd("storefront"),
      env: env.storefront,
    })
    await waitForHttp(`${URLS.storefront}/api/health`, { child: servers.storefront })
    return { shutdown, postgres, paystack }
  } catch (error) {
    await shutdown()
    throw error
  }
}
