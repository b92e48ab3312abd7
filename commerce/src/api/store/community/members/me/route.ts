import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { badgesFor, communityOf } from "../../read"
import { presentMember } from "../present"
import type { StoreUpdateMemberType } from "../../validators"

const ownMember = async (req: AuthenticatedMedusaRequest) => {
  const [member] = await communityOf(req.scope).listCommunityMembers({ customer_id: req.auth_context.actor_id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  return member
}

/** The signed-in customer's own member profile, settings and badges. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await ownMember(req)
  const badges = await badgesFor(req.scope, [member.id])
  res.json({ member: { ...presentMember(member, true), badges: badges.get(member.id) ?? [] } })
}

/** Changes the signed-in customer's own profile (display name, bio, avatar, reply emails). */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const member = await ownMember(req)
  const updated = await communityOf(req.scope).updateCommunityMembers({ id: member.id, ...req.validatedBody })
  res.json({ member: presentMember(updated, true) })
}
