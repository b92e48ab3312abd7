import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { inviteVendorMemberWorkflow } from "../../../../workflows/marketplace/invite-vendor-member"
import { currentVendorMember } from "../../current-member"
import { presentMember } from "../../present"
import type { VendorInviteMemberType } from "../../validators"

/** GET: the people of the signed-in member's vendor, joined or invited. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const members = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listVendorMembers({ vendor_id: member.vendor.id }, { order: { created_at: "ASC" } })
  res.json({ members: members.map(presentMember) })
}

/** POST { email }: the owner invites a colleague (201); 403 for anyone else or a vendor not approved, 422 for a member already. */
export async function POST(req: AuthenticatedMedusaRequest<VendorInviteMemberType>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const { result } = await inviteVendorMemberWorkflow(req.scope).run({ input: { actor_member_id: member.id, email: req.validatedBody.email } })
  res.status(201).json({ invitation: result })
}
