// `npm run backup` and `npm run restore`: both databases (commerce, cms) and
// the upload folders, in one archive.
import { existsSync } from "node:fs"
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises"
import path from "node:path"
import { pack, timestamp, unpack, verifiedManifest, writeManifest } from "./archive.mjs"
import { copyUploads, restoreUploads, uploadFolders } from "./files.mjs"

export const DATABASES = ["commerce", "cms"]
const ARCHIVE = /^backup-\d{8}T\d{6}Z\.tar\.gz$/

/** The embedded server's modules load `pg` and its binaries: only when they are used (not in the compose image). */
const embedded = () => import("./embedded.mjs")
const server = () => import("./server.mjs")

/**
 * Writes `<out>/backup-<time>.tar.gz` and answers its path and manifest.
 * With DATABASE_URL the databases are dumped from that server; without it
 * they come from the embedded PostgreSQL of `dataDir`.
 */
export async function createBackup({ root, out, databases = DATABASES, dataDir = ".data/postgres", env = process.env, keep }) {
  const createdAt = new Date()
  const name = `backup-${timestamp(createdAt)}`
  await mkdir(out, { recursive: true })
  const staging = await mkdtemp(path.join(out, ".staging-"))
  try {
    const folder = path.join(staging, name)
    await mkdir(folder)
    const db = env.DATABASE_URL
      ? await (await server()).backupServer({ serverUrl: env.DATABASE_URL, databases, target: folder, env })
      : await (await embedded()).backupEmbedded({ root, dataDir, databases, target: folder })
    const folders = uploadFolders(root, env)
    await mkdir(path.join(folder, "uploads"))
    const absent = await copyUploads(folders, path.join(folder, "uploads"))
    const uploads = Object.entries(folders).map(([upload, from]) => ({ name: upload, from, present: !absent.includes(upload) }))
    const manifest = await writeManifest(folder, { created_at: createdAt.toISOString(), postgres: db, uploads })
    const archive = path.join(out, `${name}.tar.gz`)
    await pack(folder, archive)
    const removed = keep ? await keepNewest(out, keep) : []
    return { archive, manifest, removed }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Deletes all but the newest `keep` archives in `out`; answers what it deleted. */
async function keepNewest(out, keep) {
  const archives = (await readdir(out)).filter((f) => ARCHIVE.test(f)).sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep))
  for (const file of old) await rm(path.join(out, file))
  return old
}

/**
 * Brings a stopped stack back to the archive: refuses while the stack's apps
 * use the databases, then replaces the databases and the upload folders.
 * What was there before goes to `before-restore-<time>/` beside the archive:
 * the uploads, and the embedded data folder (a server's databases are dropped).
 */
export async function restoreBackup({ root, archive, dataDir = ".data/postgres", env = process.env }) {
  if (!existsSync(archive)) throw new Error(`no such archive: ${archive}`)
  const work = path.dirname(path.resolve(archive))
  const staging = await mkdtemp(path.join(work, ".restore-"))
  try {
    const folder = await unpack(archive, staging)
    const manifest = await verifiedManifest(folder)
    const databases = manifest.postgres.databases.map((d) => d.name)
    const previous = path.join(work, `before-restore-${timestamp()}`)
    if (manifest.postgres.source === "embedded") {
      if (env.DATABASE_URL) throw new Error("this archive holds the embedded PostgreSQL's data: unset DATABASE_URL to restore it")
      await (await embedded()).restoreEmbedded({ root, dataDir, extracted: folder, previous, databases })
    } else {
      if (!env.DATABASE_URL) throw new Error("this archive holds dumps of a PostgreSQL server: set DATABASE_URL to that server to restore them")
      await (await server()).restoreServer({ serverUrl: env.DATABASE_URL, extracted: folder, databases, env })
    }
    await restoreUploads(uploadFolders(root, env), path.join(folder, "uploads"), path.join(previous, "uploads"))
    return { manifest, previous }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
