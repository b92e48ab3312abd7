import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communityOf } from "../../read"

/** The signed-in customer's own member profile; 404 before they join. */
export async function ownMember(req: AuthenticatedMedusaRequest) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ customer_id: req.auth_context.actor_id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not joined the community")
  return member
}
