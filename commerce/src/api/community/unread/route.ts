import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UNREAD_COUNT_CAP } from "../../../modules/community/lib/notifications"
import { communityOf } from "../../store/community/read"

/**
 * The bell's number, as /store/community/notifications/unread-count answers
 * it, outside /store: the storefront asks for it after every page a member
 * loads, and under /store each request also paid Medusa's publishable-key
 * look-up (two statements through its query graph), locale and a second
 * token check, about half the CPU of the request. The count needs none of
 * them: it is the signed-in customer's own, read with one indexed query.
 * Signed in (bearer or session) and not signed out: see middlewares.ts.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const count = await communityOf(req.scope).unreadNotificationCount(req.auth_context.actor_id)
  if (!count) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ unread: count.unread, capped: count.unread >= UNREAD_COUNT_CAP })
}
