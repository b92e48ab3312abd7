import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { memberActivity } from "../../activity"
import { communityOf, viewerOf } from "../../../read"

/** "My activity": the signed-in member's latest discussions and replies. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ customer_id: req.auth_context.actor_id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  res.json(await memberActivity(req.scope, member.id, viewer))
}
