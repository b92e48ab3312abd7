// The dev stack: PostgreSQL, databases, migrations, demo seed, then the apps.
import { existsSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { databaseUrl, ensureDatabases, recreateDatabases, startPostgres } from "./postgres.mjs"
import { startPaystackSimulator } from "../paystack/index.mjs"
import { runStep, say, startServer, stopChildren, waitForHttp } from "./processes.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export const PORTS = { commerce: 9000, cms: 3001, storefront: 8000, paystack: 9100 }

/** Where each app answers when it listens on `ports`. */
export function urlsFor(ports) {
  return {
    commerce: `http://localhost:${ports.commerce}`,
    cms: `http://localhost:${ports.cms}`,
    storefront: `http://localhost:${ports.storefront}`,
  }
}
export const URLS = urlsFor(PORTS)

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
 * How each app's server is started. "dev" runs the watchers; "start" runs the
 * production builds, which must exist (`medusa build` writes a self-contained
 * server to commerce/.medusa/server, whose packages resolve from the
 * workspace's node_modules above it).
 */
function serverCommands(mode, ports) {
  if (mode === "dev") {
    return {
      commerce: { cwd: "commerce", command: npm, args: ["run", "dev"] },
      cms: { cwd: "cms", command: npm, args: ["run", "dev"] },
      storefront: { cwd: "storefront", command: npm, args: ["run", "dev"] },
    }
  }
  return {
    commerce: { cwd: "commerce/.medusa/server", command: bin("commerce", "medusa"), args: ["start", "-p", String(ports.commerce)] },
    cms: { cwd: "cms", command: bin("cms", "next"), args: ["start", "-p", String(ports.cms)] },
    storefront: { cwd: "storefront", command: bin("storefront", "next"), args: ["start", "-p", String(ports.storefront)] },
  }
}

/**
 * How each app's database is migrated and seeded. The production Medusa server
 * runs in its build folder and serves uploads from there (static/, and private/
 * unless PRIVATE_UPLOAD_DIR says otherwise): the seed must write its covers and
 * ebook files in the same place, so in "start" mode both run from the build.
 */
function prepareCommands(mode, app) {
  if (mode === "start" && app === "commerce") {
    const medusa = bin("commerce", "medusa")
    return {
      cwd: "commerce/.medusa/server",
      migrate: { command: medusa, args: ["db:migrate"] },
      seed: { command: medusa, args: ["exec", "./src/scripts/seed.js"] },
    }
  }
  return { cwd: app, migrate: { command: npm, args: ["run", "migrate"] }, seed: { command: npm, args: ["run", "seed"] } }
}

/** A workspace's executable: its own node_modules/.bin first, then the hoisted one. */
function bin(app, name) {
  const own = path.join(ROOT, app, "node_modules", ".bin", name)
  return existsSync(own) ? own : path.join(ROOT, "node_modules", ".bin", name)
}

/**
 * Brings the whole stack up and resolves once every app answers.
 *
 * - `mode`: "dev" (watchers) or "start" (production builds).
 * - `ports`: where commerce, cms, storefront and the Paystack simulator listen.
 * - `postgres`: `{ dataDir, port }` of the embedded server (DATABASE_URL wins).
 * - `env`: extra variables per app (`{ commerce: {...}, cms: {...}, storefront: {...} }`),
 *   applied over the defaults below.
 */
export async function startStack({
  mode = "dev",
  dbPrefix = "",
  freshDatabases = false,
  ports = PORTS,
  postgres: postgresOptions = {},
  env: extraEnv = {},
} = {}) {
  const urls = urlsFor(ports)
  const postgres = await startPostgres({ root: ROOT, ...postgresOptions, log: (m) => say("stack", m) })
  // Without a Paystack key, payments go to the simulator.
  const paystackKey = extraEnv.commerce?.PAYSTACK_SECRET_KEY ?? process.env.PAYSTACK_SECRET_KEY
  const useSimulator = !paystackKey || extraEnv.commerce?.PAYSTACK_API_URL !== undefined
  const paystack = useSimulator
    ? await startPaystackSimulator({
        port: ports.paystack ?? PORTS.paystack,
        ...(paystackKey ? { secretKey: paystackKey } : {}),
        webhookUrl: `${urls.commerce}/hooks/payment/paystack_paystack`,
        log: (m) => say("paystack", m),
      })
    : null
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
        MEDUSA_BACKEND_URL: urls.commerce,
        STOREFRONT_URL: urls.storefront,
        ...extraEnv.commerce,
      }),
      cms: appEnv({ DATABASE_URL: db.cms, CMS_PUBLIC_URL: urls.cms, STOREFRONT_URL: urls.storefront, ...extraEnv.cms }),
      storefront: appEnv({
        MEDUSA_BACKEND_URL: urls.commerce,
        CMS_URL: urls.cms,
        NEXT_PUBLIC_BASE_URL: urls.storefront,
        ...extraEnv.storefront,
      }),
    }
    const cwd = (app) => path.join(ROOT, app)
    const prepare = async (app) => {
      const steps = prepareCommands(mode, app)
      const options = { cwd: cwd(steps.cwd), env: env[app] }
      await runStep(app, "migrations", steps.migrate.command, steps.migrate.args, options)
      await seedOnce(app, db[app], () => runStep(app, "demo seed", steps.seed.command, steps.seed.args, options))
    }
    await Promise.all([prepare("commerce"), prepare("cms")])

    const commands = serverCommands(mode, ports)
    const servers = {}
    for (const app of ["commerce", "cms"]) {
      servers[app] = startServer(app, commands[app].command, commands[app].args, { cwd: cwd(commands[app].cwd), env: env[app] })
    }
    await Promise.all([
      waitForHttp(`${urls.commerce}/health`, { child: servers.commerce }),
      waitForHttp(`${urls.cms}/api/health`, { child: servers.cms }),
    ])
    // The storefront starts last, so when it answers everything answers.
    forgetStorefrontDataCache()
    servers.storefront = startServer("storefront", commands.storefront.command, commands.storefront.args, {
      cwd: cwd(commands.storefront.cwd),
      env: env.storefront,
    })
    await waitForHttp(`${urls.storefront}/api/health`, { child: servers.storefront })
    return { shutdown, postgres, paystack, urls, databases: db }
  } catch (error) {
    await shutdown()
    throw error
  }
}
