import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communityOf } from "../../../../store/community/read"
import { presentAdminMembers } from "../present"

/** One member for staff, with their activity and the last 20 log entries about them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const [row] = await community.listCommunityMembers({ id: req.params.id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found`)
  const [[member], log] = await Promise.all([
    presentAdminMembers(req.scope, [row]),
    community.listCommunityModerationLogs({ target_type: "member", target_id: row.id }, { order: { created_at: "DESC" }, take: 20 }),
  ])
  res.json({ member, log })
}
