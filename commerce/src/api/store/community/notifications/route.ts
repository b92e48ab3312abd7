import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../read"
import { decodeCursor, encodeCursor, ownMember, presentNotification } from "./present"
import type { StoreListNotificationsType } from "./validators"

/** The member's own notifications, newest first, a page at a time (`next_cursor` is null on the last page). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListNotificationsType>, res: MedusaResponse) {
  const { limit, cursor } = req.validatedQuery
  const before = cursor ? decodeCursor(cursor) : undefined
  const member = await ownMember(req)
  const rows = await communityOf(req.scope).notificationFeed({ recipient_id: member.id, before, limit: limit + 1 })
  const page = rows.slice(0, limit)
  res.json({
    notifications: page.map(presentNotification),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  })
}
