import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateAsMemberWorkflow } from "../../../../workflows/community/moderate-as-member"
import type { StoreModerateType } from "../validators"

/** A community moderator hides or restores a post, with a reason for the log. */
export async function POST(req: AuthenticatedMedusaRequest<StoreModerateType>, res: MedusaResponse) {
  const { result } = await moderateAsMemberWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.json({ moderation: result.applied, log: { id: result.log.id } })
}
