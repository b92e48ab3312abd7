#!/usr/bin/env node
// npm run backup [-- --out <folder>] [--keep <n>]
// npm run restore -- <archive>
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { createBackup, restoreBackup } from "./backup.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function backup(args) {
  const { values } = parseArgs({ args, options: { out: { type: "string" }, keep: { type: "string" } } })
  const out = path.resolve(values.out ?? process.env.BACKUP_DIR ?? path.join(ROOT, ".data/backups"))
  const keep = values.keep ?? process.env.BACKUP_KEEP
  if (keep !== undefined && !/^[1-9]\d*$/.test(keep)) throw new Error(`--keep must be a whole number of archives, not ${keep}`)
  const { archive, manifest, removed } = await createBackup({ root: ROOT, out, keep: keep && Number(keep) })
  const databases = manifest.postgres.databases.map((d) => `${d.name} ${megabytes(d.size_bytes)}`).join(", ")
  const uploads = manifest.uploads.map((u) => `${u.name}${u.present ? "" : " (none)"}`).join(", ")
  console.log(`backup written: ${archive}`)
  console.log(`  PostgreSQL ${manifest.postgres.server_version} (${manifest.postgres.source}): ${databases}`)
  console.log(`  uploads: ${uploads}; ${manifest.files.length} files, checksums in manifest.json`)
  if (removed.length) console.log(`  removed older archives: ${removed.join(", ")}`)
}

async function restore(args) {
  const { positionals } = parseArgs({ args, allowPositionals: true })
  if (positionals.length !== 1) throw new Error("name one archive: npm run restore -- .data/backups/backup-<time>.tar.gz")
  const { manifest, previous } = await restoreBackup({ root: ROOT, archive: path.resolve(positionals[0]) })
  console.log(`restored the backup of ${manifest.created_at}: ${manifest.postgres.databases.map((d) => d.name).join(", ")} and the uploads`)
  console.log(`  what was there before is in ${previous}; start the stack again (npm run dev, or docker compose up -d)`)
}

const [command, ...args] = process.argv.slice(2)
const commands = { backup, restore }
if (!commands[command]) {
  console.error("usage: node tools/backup/index.mjs backup [--out <folder>] [--keep <n>] | restore <archive>")
  process.exit(2)
}
try {
  await commands[command](args)
} catch (error) {
  console.error(`${command} failed: ${error.message}`)
  process.exit(1)
}
