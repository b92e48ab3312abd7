import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { memberActivity } from "../activity"
import { presentMember } from "../present"
import { communityOf, viewerOf } from "../../read"

/** A member's public profile with their latest visible posts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ id: req.params.id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found`)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  res.json({ member: presentMember(member, viewer?.id === member.id), ...(await memberActivity(req.scope, member.id, viewer)) })
}
