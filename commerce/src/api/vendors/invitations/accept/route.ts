import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { acceptVendorInvitationWorkflow } from "../../../../workflows/marketplace/accept-vendor-invitation"
import type { VendorAcceptInvitationType } from "../../validators"

/**
 * POST { token }: the signed-up (or signed-in) invited person accepts; their
 * next sign-in as a vendor is the member's. 404 for a used or unknown link,
 * 403 when the sign-in's email is not the invited one or the vendor is not
 * approved, 400 when the sign-in is already a vendor's or the link expired.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInvitationType>, res: MedusaResponse) {
  const { result } = await acceptVendorInvitationWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, auth_identity_id: req.auth_context.auth_identity_id },
  })
  const vendor = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveVendor(result.vendor_id, { select: ["id", "name"] })
  res.json({ member: { id: result.member_id, vendor: { id: vendor.id, name: vendor.name } } })
}
