import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { currentVendorMember } from "../../current-member"

/** GET: the signed-in member's vendor's payout statements, newest period first — only ever its own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const payouts = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listPayouts({ vendor_id: member.vendor.id }, { select: ["id", "period_from", "period_to", "currency_code", "amount", "status", "reference", "created_at"], order: { period_from: "DESC" }, take: 200 })
  res.setHeader("cache-control", "private, no-store")
  res.json({ payouts })
}
