import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveVendorOrder } from "../../../../../lib/marketplace/vendor-orders"
import { currentVendorMember } from "../../../current-member"

/** GET: one order as the vendor sees it (its own lines, parcels and the shipping address); 404 for any order with none of its lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  res.setHeader("cache-control", "private, no-store")
  res.json({ order: await retrieveVendorOrder(req.scope, member.vendor.id, req.params.id) })
}
