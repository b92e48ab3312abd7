import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findVendorOrderIds, loadVendorOrders } from "../../../../lib/marketplace/vendor-orders"
import { currentVendorMember } from "../../current-member"
import type { VendorListOrdersType } from "./validators"

/** GET: orders holding the signed-in vendor's products, newest first, each with only the vendor's own lines (`?status=to_ship|sent|canceled&offset&limit`). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListOrdersType>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const { status, limit, offset } = req.validatedQuery as VendorListOrdersType
  const { ids, count } = await findVendorOrderIds(req.scope, member.vendor.id, { status, limit, offset })
  res.setHeader("cache-control", "private, no-store")
  res.json({ orders: await loadVendorOrders(req.scope, member.vendor.id, ids), count, limit, offset })
}
