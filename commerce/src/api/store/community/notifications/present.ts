import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notificationText } from "../../../../lib/community/notification-text"
import type { NotificationRow } from "../../../../modules/community/lib/notifications"
import { communityOf } from "../read"

/** The signed-in customer's member profile, or 404 when they have not joined. */
export async function ownMember(req: AuthenticatedMedusaRequest) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ customer_id: req.auth_context.actor_id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  return member
}

/** A page's position: the last notification's time and id, opaque to clients. */
export const encodeCursor = (row: { created_at: Date | string; id: string }) =>
  Buffer.from(`${new Date(row.created_at).toISOString()}|${row.id}`).toString("base64url")

export function decodeCursor(cursor: string): { created_at: string; id: string } {
  const [at, id, extra] = Buffer.from(cursor, "base64url").toString("utf8").split("|")
  if (extra !== undefined || !id || !/^cntf_\w+$/.test(id) || Number.isNaN(Date.parse(at))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor is not valid: pass next_cursor from the previous page")
  }
  return { created_at: new Date(at).toISOString(), id }
}

/** A notification as its recipient reads it: plain text and a storefront path, who caused it, and whether it is read. */
export const presentNotification = (row: NotificationRow) => ({
  id: row.id,
  kind: row.kind,
  ...notificationText(row),
  actor: row.actor_id && row.actor_name && row.kind !== "moderation"
    ? { id: row.actor_id, display_name: row.actor_name, avatar_url: row.actor_avatar_url }
    : null,
  discussion_id: row.discussion_id,
  reply_id: row.reply_id,
  read_at: row.read_at,
  created_at: row.created_at,
})
