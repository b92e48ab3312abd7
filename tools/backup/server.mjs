// The databases of the PostgreSQL server in DATABASE_URL (production, compose),
// dumped with pg_dump in its custom format and restored with pg_restore. The
// client tools must be of the server's major version or newer (the compose
// backup service runs them from the postgres image itself); PG_DUMP,
// PG_RESTORE and PSQL name other binaries.
import { execFile, spawn } from "node:child_process"
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)
/** psql, pg_dump or pg_restore: from PATH unless PSQL, PG_DUMP or PG_RESTORE names another. */
const tool = (name, env) => env[name.toUpperCase()] || name

/** The same server, another database. */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs SQL through psql with `:'name'` / `:"name"` variables bound by psql itself; answers the unaligned rows. */
function psql(url, sql, variables = {}, env = process.env) {
  const args = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", "-"]
  for (const [name, value] of Object.entries(variables)) args.push("-v", `${name}=${value}`)
  return new Promise((resolve, reject) => {
    const child = spawn(tool("psql", env), args, { stdio: ["pipe", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.stderr.on("data", (chunk) => (err += chunk))
    child.on("error", reject)
    child.on("close", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`psql failed: ${err.trim()}`))))
    child.stdin.end(sql)
  })
}

export async function backupServer({ serverUrl, databases, target, env = process.env }) {
  await mkdir(path.join(target, "databases"))
  const version = await psql(serverUrl, "show server_version;", {}, env)
  const sizes = []
  for (const name of databases) {
    const file = path.join(target, "databases", `${name}.dump`)
    // One snapshot per database: each dump is consistent in itself.
    await run(tool("pg_dump", env), ["--format=custom", "--file", file, "--dbname", databaseUrl(serverUrl, name)]).catch((error) => {
      throw new Error(`pg_dump of ${name} failed: ${error.stderr?.trim() || error.message}`)
    })
    sizes.push({ name, size_bytes: Number(await psql(serverUrl, "select pg_database_size(:'name');", { name }, env)) })
  }
  return { source: "server", server_version: version, databases: sizes }
}

/** Refuses while anything else is connected to the databases: the apps must be stopped. */
export async function assertNoSessions({ serverUrl, databases, env = process.env }) {
  const sql = "select datname || ' (' || count(*) || ')' from pg_stat_activity where datname = any(string_to_array(:'names', ',')) and pid <> pg_backend_pid() group by datname;"
  const busy = await psql(serverUrl, sql, { names: databases.join(",") }, env)
  if (busy) {
    throw new Error(`the stack is running: sessions are connected to ${busy.split("\n").join(", ")}. Stop commerce, its worker and the cms first.`)
  }
}

/** Drops and recreates each database, then loads its dump. */
export async function restoreServer({ serverUrl, extracted, databases, env = process.env }) {
  await assertNoSessions({ serverUrl, databases, env })
  for (const name of databases) {
    await psql(serverUrl, `drop database if exists :"name";\ncreate database :"name";`, { name }, env)
    const file = path.join(extracted, "databases", `${name}.dump`)
    await run(tool("pg_restore", env), ["--exit-on-error", "--no-owner", "--dbname", databaseUrl(serverUrl, name), file]).catch((error) => {
      throw new Error(`pg_restore of ${name} failed: ${error.stderr?.trim() || error.message}`)
    })
  }
}
