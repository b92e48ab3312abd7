import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UNREAD_COUNT_CAP } from "../../../../../modules/community/lib/notifications"
import { communityOf } from "../../read"

/** The bell's number: one indexed query; `capped` when there are UNREAD_COUNT_CAP or more. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const count = await communityOf(req.scope).unreadNotificationCount(req.auth_context.actor_id)
  if (!count) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ unread: count.unread, capped: count.unread >= UNREAD_COUNT_CAP })
}
