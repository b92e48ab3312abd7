import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { memberActivity } from "../activity"
import { presentMember } from "../present"
import { badgesFor, communityOf, viewerOf } from "../../read"

/** A member's public profile, with their badges and latest visible posts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ id: req.params.id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found`)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const [badges, activity] = await Promise.all([badgesFor(req.scope, [member.id]), memberActivity(req.scope, member.id, viewer)])
  res.json({ member: { ...presentMember(member, viewer?.id === member.id), badges: badges.get(member.id) ?? [] }, ...activity })
}
