import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communityOf } from "../../../read"
import { ownMember, presentNotification } from "../../present"

/** Marks one of the member's own notifications read; anyone else's is not found. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await ownMember(req)
  const community = communityOf(req.scope)
  await community.markNotificationsRead(member.id, req.params.id)
  const [row] = await community.notificationFeed({ recipient_id: member.id, id: req.params.id, limit: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification ${req.params.id} was not found`)
  res.json({ notification: presentNotification(row) })
}
