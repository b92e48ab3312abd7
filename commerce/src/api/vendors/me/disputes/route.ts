import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDisputes } from "../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { currentVendorMember } from "../../current-member"

/** GET: disputes on the signed-in member's vendor's lines, undecided first, each with its log. Only ever the token's own vendor. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const disputes = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listDisputes({ vendor_id: member.vendor.id }, { order: { created_at: "DESC", id: "DESC" }, take: 200 })
  const undecidedFirst = [...disputes].sort((a, b) => Number(!["open", "vendor_answered"].includes(a.status)) - Number(!["open", "vendor_answered"].includes(b.status)))
  res.setHeader("cache-control", "private, no-store")
  res.json({ disputes: await presentDisputes(req.scope, undecidedFirst, "vendor") })
}
