import { MedusaError } from "@medusajs/framework/utils"
import type { DirectoryRow } from "../../../../modules/community/service"
import { presentBadge } from "../read"

/** A directory position: the last name and id a page showed, opaque to clients. */
export const encodeCursor = (row: { display_name: string; id: string }) =>
  Buffer.from(JSON.stringify([row.display_name, row.id])).toString("base64url")

export function decodeCursor(cursor: string): { display_name: string; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string" && !/\u0000/.test(v))) {
      return { display_name: value[0], id: value[1] }
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor is not one this directory gave")
}

/** A member as the directory lists them: their bio and badges only when they show them. */
export const presentDirectoryMember = (m: DirectoryRow) => ({
  id: m.id,
  display_name: m.display_name,
  avatar_url: m.avatar_url,
  role: m.role,
  joined_at: m.joined_at,
  ...(m.show_bio ? { bio: m.bio } : {}),
  ...(m.show_badges ? { badges: (m.badges ?? []).map((b) => presentBadge({ ...b, awarded_at: new Date(b.awarded_at) })) } : {}),
})
