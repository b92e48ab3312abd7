import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveVendorOrder } from "../../../../../../lib/marketplace/vendor-orders"
import { shipVendorOrderLinesWorkflow } from "../../../../../../workflows/marketplace/ship-vendor-order-lines"
import { currentVendorMember } from "../../../../current-member"
import type { VendorShipOrderLinesType } from "../../validators"

/** POST: the vendor ships copies of its own print lines of the order, with the parcel's tracking (201: the order as the vendor now sees it). */
export async function POST(req: AuthenticatedMedusaRequest<VendorShipOrderLinesType>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  // The same 404 as reading it, before anything else is said about the order.
  await retrieveVendorOrder(req.scope, member.vendor.id, req.params.id)
  if (member.vendor.status !== "approved") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your vendor account is ${member.vendor.status}: only an approved vendor can ship orders`)
  }
  const { items, tracking_number, carrier } = req.validatedBody
  const { result } = await shipVendorOrderLinesWorkflow(req.scope).run({
    input: { order_id: req.params.id, vendor_id: member.vendor.id, member_id: member.id, items, tracking_number: tracking_number || undefined, carrier: carrier || undefined },
  })
  res.status(201).json({ fulfillment_id: result.fulfillment_id, order: await retrieveVendorOrder(req.scope, member.vendor.id, req.params.id) })
}
