import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { awardStaffBadgeWorkflow } from "../../../../../../workflows/community/award-staff-badge"
import { badgesFor, communityOf, presentBadge } from "../../../../../store/community/read"
import type { AdminAwardBadgeType } from "../../../validators"

/** The member's badges, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ id: req.params.id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found`)
  res.json({ badges: (await badgesFor(req.scope, [req.params.id])).get(req.params.id) ?? [] })
}

/** Staff award the member a named badge with a note (logged). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAwardBadgeType>, res: MedusaResponse) {
  const { result } = await awardStaffBadgeWorkflow(req.scope).run({
    input: { ...req.validatedBody, member_id: req.params.id, awarded_by: req.auth_context.actor_id },
  })
  res.status(201).json({ badge: { ...presentBadge(result), note: result.note, awarded_by: result.awarded_by } })
}
