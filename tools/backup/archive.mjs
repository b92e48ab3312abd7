// One backup is one .tar.gz holding a folder `backup-<time>/` with
// manifest.json (time, databases and their sizes, every file's size and
// SHA-256), the databases and the upload folders.
import { execFile } from "node:child_process"
import { createHash } from "node:crypto"
import { createReadStream } from "node:fs"
import { lstat, readdir, readFile, rename, writeFile } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)
export const FORMAT = 1
export const MANIFEST = "manifest.json"

/** 2026-12-06T09:15:00.123Z → 20261206T091500Z: sorts by time, safe in any file name. */
export const timestamp = (date = new Date()) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")

const sha256 = (file) =>
  new Promise((resolve, reject) => {
    const hash = createHash("sha256")
    createReadStream(file).on("error", reject).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve(hash.digest("hex")))
  })

/** Every regular file under `dir` (the manifest aside) with its size and SHA-256, sorted by path. */
export async function checksums(dir) {
  const files = []
  const walk = async (relative) => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name)
      if (entry.isDirectory()) await walk(name)
      else if (entry.isFile() && name !== MANIFEST) {
        const full = path.join(dir, name)
        files.push({ path: name.split(path.sep).join("/"), size: (await lstat(full)).size, sha256: await sha256(full) })
      }
    }
  }
  await walk("")
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** Writes manifest.json (with every file's checksum) and answers it. */
export async function writeManifest(dir, fields) {
  const manifest = { format: FORMAT, ...fields, files: await checksums(dir) }
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** The manifest, after checking that every file it lists is there with the same bytes. */
export async function verifiedManifest(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), "utf8"))
  if (manifest.format !== FORMAT) throw new Error(`unknown backup format ${manifest.format} (this tool reads ${FORMAT})`)
  const found = new Map((await checksums(dir)).map((f) => [f.path, f]))
  for (const file of manifest.files) {
    const actual = found.get(file.path)
    if (!actual) throw new Error(`the archive is incomplete: ${file.path} is missing`)
    if (actual.sha256 !== file.sha256) throw new Error(`the archive is damaged: ${file.path} does not match its checksum`)
  }
  return manifest
}

/** Packs the folder into `<archive>`, written under another name first so a half-written archive never looks complete. */
export async function pack(folder, archive) {
  const partial = `${archive}.partial`
  await run("tar", ["-czf", partial, "-C", path.dirname(folder), path.basename(folder)], { maxBuffer: 16 * 1024 * 1024 })
  await rename(partial, archive)
}

/** Unpacks into `into` and answers the backup's folder there. */
export async function unpack(archive, into) {
  await run("tar", ["-xzf", path.resolve(archive), "-C", into], { maxBuffer: 16 * 1024 * 1024 })
  const entries = await readdir(into)
  if (entries.length !== 1) throw new Error(`${archive} is not a backup made by npm run backup (expected one folder inside)`)
  return path.join(into, entries[0])
}
