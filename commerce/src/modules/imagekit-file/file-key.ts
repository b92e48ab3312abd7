import path from "node:path"
import { randomBytes } from "node:crypto"

export type Access = "public" | "private"

/**
 * A file's key in the file module: `<access>-<ImageKit file id>-<name>`.
 * The id lets a delete skip a lookup; the name, with the folder, makes the
 * path a URL is built from. No slash, so the key fits in a URL segment
 * (DELETE /admin/uploads/:id).
 */
export type ImageKitFileKey = { access: Access; fileId: string; name: string }

export const formatFileKey = ({ access, fileId, name }: ImageKitFileKey) => `${access}-${fileId}-${name}`

export function parseFileKey(key: string): ImageKitFileKey | null {
  // ImageKit ids are 24 characters; the local provider's keys ("private-<13-digit time>-name") never match.
  const match = /^(public|private)-([A-Za-z0-9]{20,})-([^/]+)$/.exec(key)
  return match ? { access: match[1] as Access, fileId: match[2], name: match[3] } : null
}

/** A name unique in its folder that keeps the original's readable part and extension: 1733-k3x9-the-quiet-draft.pdf. */
export function uniqueFileName(filename: string): string {
  const { name, ext } = path.parse(path.basename(filename))
  const readable = name.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "file"
  return `${Date.now()}-${randomBytes(4).toString("hex")}-${readable}${ext.replace(/[^\w.]/g, "")}`
}
