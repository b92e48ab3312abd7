import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { presentVendorsForStaff } from "../present"

/** GET: one vendor with its log (who did what, when), oldest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [vendor] = await presentVendorsForStaff(req.scope, [await marketplace.retrieveVendor(req.params.id)])
  const events = await marketplace.listVendorEvents({ vendor_id: vendor.id }, { order: { created_at: "ASC", id: "ASC" } })
  res.json({
    vendor: {
      ...vendor,
      events: events.map((e) => ({ id: e.id, type: e.type, actor_type: e.actor_type, actor_id: e.actor_id, reason: e.reason, data: e.data, created_at: e.created_at })),
    },
  })
}
