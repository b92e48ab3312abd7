// Where embedded PostgreSQL keeps its data and runs its binaries from. As
// root, PostgreSQL runs as the `postgres` user, which must be able to pass
// through every folder above both. A clone under /root (mode 700) is out of its
// reach, and initdb would fail with `spawn …/initdb EACCES`: then the data goes
// to a folder under /var/tmp named after the project's data path (so the next
// run finds it again) and the binaries are copied beside it, once per version.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { cp, lstat, mkdir, realpath, rm, writeFile } from "node:fs/promises"
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { binary } from "./embedded-postgres.mjs"

/** Whether the account can search (or execute) `target`, every folder above it included. */
export function reachableBy(account, target) {
  if (account.uid === undefined) return true
  return spawnSync("test", ["-x", target], { ...account, stdio: "ignore" }).status === 0
}

/**
 * EMBEDDED_POSTGRES_HOME, or a folder in /var/tmp, which survives a reboot
 * where /tmp may not; both are open to every user.
 */
export function sharedHome() {
  if (process.env.EMBEDDED_POSTGRES_HOME) return path.resolve(process.env.EMBEDDED_POSTGRES_HOME)
  const base = existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir()
  return path.join(base, "embedded-postgres")
}

/** A folder only root may write to: another user must not be able to plant files in it. */
async function ensureRootOwnedFolder(folder) {
  await mkdir(folder, { recursive: true, mode: 0o755 })
  const stats = await lstat(folder)
  if (!stats.isDirectory() || stats.uid !== 0 || (stats.mode & 0o022) !== 0) {
    throw new Error(`${folder} must be a folder owned by root and writable only by root; remove it and run again`)
  }
}

/** Copies the binaries once per version (a marker says a copy is complete). */
async function copyBinaries(nativeDir, version, home) {
  const target = path.join(home, `${version}-${os.platform()}-${os.arch()}`)
  const complete = path.join(target, ".complete")
  if (!existsSync(complete)) {
    await rm(target, { recursive: true, force: true })
    await cp(await realpath(nativeDir), path.join(target, "native"), { recursive: true, verbatimSymlinks: true })
    await writeFile(complete, `${new Date().toISOString()}\n`)
  }
  return path.join(target, "native")
}

/**
 * Answers `{ databaseDir, nativeDir }` that the account PostgreSQL runs as can
 * reach, moving either (with a line in the log) only when it must.
 */
export async function placeForPostgres({ databaseDir, nativeDir, version, account, log }) {
  if (account.uid === undefined) return { databaseDir, nativeDir, moved: false }
  await mkdir(path.dirname(databaseDir), { recursive: true })
  const dataReachable = reachableBy(account, path.dirname(databaseDir))
  const binariesReachable = reachableBy(account, binary(nativeDir, "postgres"))
  if (dataReachable && binariesReachable) return { databaseDir, nativeDir, moved: false }

  const home = sharedHome()
  await ensureRootOwnedFolder(home)
  const key = createHash("sha256").update(databaseDir).digest("hex").slice(0, 12)
  const placed = {
    databaseDir: dataReachable ? databaseDir : path.join(home, `${path.basename(databaseDir)}-${key}`),
    nativeDir: binariesReachable ? nativeDir : await copyBinaries(nativeDir, version, home),
    moved: true,
  }
  for (const target of [path.dirname(placed.databaseDir), binary(placed.nativeDir, "postgres")]) {
    if (!reachableBy(account, target)) throw new Error(`the postgres user cannot reach ${target} either`)
  }
  log(
    `running as root, and the postgres user that PostgreSQL runs as cannot reach ` +
      `${dataReachable ? nativeDir : path.dirname(databaseDir)}: ` +
      (dataReachable ? "" : `its data is kept in ${placed.databaseDir}`) +
      (dataReachable || binariesReachable ? "" : ", ") +
      (binariesReachable ? "" : `its binaries are run from a copy in ${path.dirname(placed.nativeDir)}`)
  )
  return placed
}
