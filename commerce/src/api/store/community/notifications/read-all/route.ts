import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../../read"
import { ownMember } from "../present"

/** Marks every unread notification of the member read. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await ownMember(req)
  const marked = await communityOf(req.scope).markNotificationsRead(member.id)
  res.json({ marked, unread: 0 })
}
