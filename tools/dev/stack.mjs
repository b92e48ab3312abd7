// The dev stack: PostgreSQL, databases, migrations, demo seed, then the apps.
import { existsSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { databaseUrl, ensureDatabases, recreateDatabases, runningServer, startPostgres } from "./postgres.mjs"
import { startPaystackSimulator } from "../paystack/index.mjs"
import { runStep, say, startServer, stopChildren, stopServer, waitForHttp } from "./processes.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export const PORTS = { commerce: 9000, cms: 3001, storefront: 8000, paystack: 9100 }

/** Where each app says it is ready. */
export const HEALTH_PATHS = { commerce: "/health", cms: "/api/health", storefront: "/api/health" }

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
export function forgetStorefrontDataCache() {
  for (const dir of [".next/dev/cache/fetch-cache", ".next/cache/fetch-cache", ".next/server/route-cache"]) {
    rmSync(path.join(ROOT, "storefront", dir), { recursive: true, force: true })
  }
}

/** Seeding happens once per database: a row here says it is done. */
export async function seedOnce(app, url, seed) {
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
export function prepareCommands(mode, app) {
  if (mode === "start" && app === "commerce") {
    const medusa = bin("commerce", "medusa")
    return {
      cwd: "commerce/.medusa/server",
      migrate: { command: medusa, args: ["db:migrate"] },
      seed: { command: medusa, args: ["exec", "./src/scripts/seed.js"] },
      searchRebuild: { command: medusa, args: ["exec", "./src/scripts/search-rebuild.js"] },
    }
  }
  return {
    cwd: app,
    migrate: { command: npm, args: ["run", "migrate"] },
    seed: { command: npm, args: ["run", "seed"] },
    searchRebuild: { command: npm, args: ["run", "search:rebuild"] },
  }
}

/** A workspace's executable: its own node_modules/.bin first, then the hoisted one. */
export function bin(app, name) {
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
 *
 * Resolves to `{ shutdown, control, postgres, paystack, urls, databases }`;
 * `control` stops, starts and restarts one process at a time (see stackControl).
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
  const launchPostgres = () => startPostgres({ root: ROOT, ...postgresOptions, log: (m) => say("stack", m) })
  let postgres = await launchPostgres()
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
        CMS_URL: urls.cms,
        ...extraEnv.commerce,
      }),
      cms: appEnv({ DATABASE_URL: db.cms, CMS_PUBLIC_URL: urls.cms, STOREFRONT_URL: urls.storefront, COMMERCE_URL: urls.commerce, ...extraEnv.cms }),
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
    /** Starts an app's server (the same command, environment and port every time) and waits until it answers. */
    const launch = async (app) => {
      const { command, args } = commands[app]
      servers[app] = startServer(app, command, args, { cwd: cwd(commands[app].cwd), env: env[app] })
      await waitForHttp(`${urls[app]}${HEALTH_PATHS[app]}`, { child: servers[app] })
    }
    await Promise.all([launch("commerce"), launch("cms")])
    // Commerce's search index is a copy of both apps' demo data: built once both answer
    // (the cms over its REST API); after that each app's hooks and events keep it current.
    await seedOnce("search", db.commerce, () => {
      const steps = prepareCommands(mode, "commerce")
      return runStep("commerce", "search index", steps.searchRebuild.command, steps.searchRebuild.args, {
        cwd: cwd(steps.cwd),
        env: env.commerce,
      })
    })
    // The storefront starts last, so when it answers everything answers.
    forgetStorefrontDataCache()
    await launch("storefront")

    const control = stackControl({
      apps: {
        running: (app) => servers[app]?.exitCode === null && servers[app]?.signalCode === null,
        stop: (app, signal) => stopServer(servers[app], { signal }),
        start: launch,
      },
      postgres: {
        running: () => postgres.embedded && runningServer(postgres.dataDir) !== null,
        stop: async (signal) => {
          if (!postgres.embedded) throw new Error("PostgreSQL is the server in DATABASE_URL: this stack cannot stop it")
          // SIGINT is PostgreSQL's fast shutdown (a restart); SIGKILL and SIGQUIT a crash.
          const server = runningServer(postgres.dataDir)
          if (server && signal !== "SIGINT") process.kill(server.pid, signal)
          await postgres.stop()
        },
        start: async () => {
          postgres = await launchPostgres()
        },
      },
    })
    return { shutdown, control, postgres, paystack, urls, databases: db }
  } catch (error) {
    await shutdown()
    throw error
  }
}

/** The processes a stack's control can stop and start, and the signal each stops with by default. */
export const CONTROLLED = { postgres: "SIGINT", commerce: "SIGTERM", cms: "SIGTERM", storefront: "SIGTERM" }

/**
 * Per-process control of a running stack, for fault tests: `stop(name, signal)`
 * (SIGKILL is a crash), `start(name)` (the same command, environment and port;
 * resolves once it answers) and `restart(name, signal)`, for postgres,
 * commerce, cms and storefront. `state()` names what runs.
 */
function stackControl({ apps, postgres }) {
  const of = (name) => {
    if (!Object.hasOwn(CONTROLLED, name)) throw new Error(`no process named "${name}" (${Object.keys(CONTROLLED).join(", ")})`)
    return name === "postgres"
      ? postgres
      : { running: () => apps.running(name), stop: (signal) => apps.stop(name, signal), start: () => apps.start(name) }
  }
  // One change at a time: a start must not overlap the stop asked for just before it.
  let queue = Promise.resolve()
  const serially = (change) => {
    const done = queue.then(change)
    queue = done.catch(() => {})
    return done
  }
  const stopNow = async (name, signal = CONTROLLED[name]) => {
    const target = of(name)
    if (target.running()) await target.stop(signal)
    say("stack", `${name} stopped (${signal})`)
  }
  const startNow = async (name) => {
    const target = of(name)
    if (!target.running()) await target.start()
    say("stack", `${name} running`)
  }
  return {
    stop: (name, signal) => serially(() => stopNow(name, signal)),
    start: (name) => serially(() => startNow(name)),
    restart: (name, signal) =>
      serially(async () => {
        await stopNow(name, signal)
        await startNow(name)
      }),
    state: () => Object.fromEntries(Object.keys(CONTROLLED).map((name) => [name, of(name).running() ? "running" : "stopped"])),
  }
}
