import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

/**
 * The signed-in vendor member and their vendor. Every /vendors/me route
 * starts here: the vendor is always the one of the token's member, never an
 * id the caller names. A member removed since their token was issued is a 401.
 */
export async function currentVendorMember(req: AuthenticatedMedusaRequest) {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [member] = await marketplace.listVendorMembers({ id: req.auth_context.actor_id }, { relations: ["vendor"], take: 1 })
  if (!member?.auth_identity_id || member.auth_identity_id !== req.auth_context.auth_identity_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a member of a vendor")
  }
  return member
}
