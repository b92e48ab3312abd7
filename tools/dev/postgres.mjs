// PostgreSQL for development and tests: the server in DATABASE_URL when it is
// set, otherwise an embedded PostgreSQL whose data lives under .data/ (or, as
// root in a folder the postgres user cannot reach, under /var/tmp).
import { existsSync, readFileSync } from "node:fs"
import net from "node:net"
import { setTimeout as sleep } from "node:timers/promises"
import path from "node:path"
import pg from "pg"
import { embeddedBinaries, initialiseCluster, postgresAccount, startServer } from "./embedded-postgres.mjs"
import { placeForPostgres } from "./postgres-location.mjs"

const PASSWORD = "postgres"

const isAlive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The postmaster running on a data folder (`{ pid, port }`), from its postmaster.pid, or null. */
export function runningServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  return pid && isAlive(pid) ? { pid, port: Number(lines[3]) } : null
}

/** The embedded server's maintenance database on `port`. */
export const embeddedServerUrl = (port) => `postgres://postgres:${PASSWORD}@localhost:${port}/postgres`

/**
 * A launcher that was killed (kill -9, a closed terminal) can leave its
 * postmaster running on the data folder. Stop it, so this run owns the server
 * and can stop it on exit.
 */
async function stopLeftoverServer(dataDir, log) {
  const pid = runningServer(dataDir)?.pid
  if (!pid) return
  log(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`)
  process.kill(pid, "SIGINT")
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100)
  if (isAlive(pid)) {
    process.kill(pid, "SIGKILL")
    await sleep(500)
  }
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })

/** Resolves once nothing accepts connections on the port (or after `timeoutMs`). */
async function portClosed(port, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && (await accepts(port))) await sleep(100)
}

/** Replaces the database name in a connection URL. */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Creates each database that does not exist yet. */
export async function ensureDatabases(serverUrl, names) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    for (const name of names) {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
      if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`)
    }
  } finally {
    await client.end()
  }
}

/** Drops and recreates each database: tests start from nothing. */
export async function recreateDatabases(serverUrl, names) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    for (const name of names) {
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
      await client.query(`create database ${client.escapeIdentifier(name)}`)
    }
  } finally {
    await client.end()
  }
}

/** Drops each database, closing its connections. */
export async function dropDatabases(serverUrl, names) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    for (const name of names) await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
  } finally {
    await client.end()
  }
}

/**
 * Where the embedded server of `dataDir` keeps its data (`databaseDir`), which
 * binaries it runs (`nativeDir`) and as whom (`account`: `{ uid, gid }` as root).
 */
export async function embeddedPlace({ root, dataDir = ".data/postgres", nativeDir: givenNativeDir, log = () => {} }) {
  const account = await postgresAccount()
  const installed = await embeddedBinaries()
  const nativeDir = givenNativeDir ?? installed.nativeDir
  const databaseDir = path.resolve(root, dataDir)
  return { ...(await placeForPostgres({ databaseDir, nativeDir, version: installed.version, account, log })), account }
}

/**
 * Starts (or reuses) a PostgreSQL server.
 * Returns `serverUrl` (pointing at the `postgres` maintenance database, or the
 * database named in DATABASE_URL), `dataDir` (where an embedded server keeps
 * its data) and `stop()`, which stops only what it started. `nativeDir`
 * overrides where the PostgreSQL binaries are (default: embedded-postgres's);
 * `settings` are server settings for an embedded server's run.
 */
export async function startPostgres({ root, dataDir = ".data/postgres", port = 54329, nativeDir, settings, log = console.log }) {
  if (process.env.DATABASE_URL) {
    log(`using the PostgreSQL server in DATABASE_URL`)
    return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }

  const place = await embeddedPlace({ root, dataDir, nativeDir, log })
  const { databaseDir, account } = place
  await stopLeftoverServer(databaseDir, log)
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${path.relative(root, databaseDir)}`)
    await initialiseCluster({ nativeDir: place.nativeDir, dataDir: databaseDir, account, user: "postgres", password: PASSWORD })
  }
  let server
  try {
    server = await startServer({ nativeDir: place.nativeDir, dataDir: databaseDir, port, account, settings })
  } catch (error) {
    const errors = error.errors?.length ? error.errors : [error.message]
    throw new Error(
      `embedded PostgreSQL did not start on port ${port}:\n  ${errors.join("\n  ")}` +
        `\nIs something else listening on ${port}? Set DATABASE_URL to use another server.`
    )
  }
  log(`embedded PostgreSQL is running on 127.0.0.1:${port}`)
  return {
    serverUrl: embeddedServerUrl(port),
    embedded: true,
    dataDir: databaseDir,
    // On Ctrl-C the terminal signals PostgreSQL too, and it may be gone before
    // stop() is called: done is when it has exited or the port is closed.
    stop: () => Promise.race([server.stop(), portClosed(port)]),
  }
}
