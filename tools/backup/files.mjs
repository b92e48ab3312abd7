// The uploads a backup keeps besides the databases: commerce's private files
// (ebooks, certificates), commerce's public uploads and the cms's media.
import { existsSync } from "node:fs"
import { cp, mkdir, readdir, rename, rm } from "node:fs/promises"
import path from "node:path"

/** Each upload folder by the name it has in an archive; the apps' own variables win, as in compose. */
export function uploadFolders(root, env = process.env) {
  const at = (value, fallback) => path.resolve(root, value || fallback)
  return {
    "commerce-private": at(env.PRIVATE_UPLOAD_DIR, "commerce/private"),
    "commerce-static": at(env.COMMERCE_STATIC_DIR, "commerce/static"),
    "cms-media": at(env.CMS_MEDIA_DIR, "cms/media"),
  }
}

/** Copies each folder that exists into `target/<name>`; answers the names of those that did not exist. */
export async function copyUploads(folders, target) {
  const absent = []
  for (const [name, folder] of Object.entries(folders)) {
    if (!existsSync(folder)) {
      absent.push(name)
      continue
    }
    await cp(folder, path.join(target, name), { recursive: true, verbatimSymlinks: true })
  }
  return absent
}

/** rename, or copy and remove when the two places are on different file systems (a volume). */
export async function move(from, to) {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if (error.code !== "EXDEV") throw error
    await cp(from, to, { recursive: true, verbatimSymlinks: true })
    await rm(from, { recursive: true, force: true })
  }
}

/** Moves everything inside `from` into `to`, leaving `from` itself (it may be a mounted volume). */
async function moveContents(from, to) {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from)) await move(path.join(from, entry), path.join(to, entry))
}

/**
 * Puts each archived folder's contents in place, moving what is there now
 * into `previous/<name>`. A folder that did not exist at backup time is left
 * empty.
 */
export async function restoreUploads(folders, extracted, previous) {
  for (const [name, folder] of Object.entries(folders)) {
    const saved = path.join(extracted, name)
    if (existsSync(folder)) await moveContents(folder, path.join(previous, name))
    if (existsSync(saved)) await moveContents(saved, folder)
    else await mkdir(folder, { recursive: true })
  }
}
