import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { presentVendorsForStaff } from "./present"
import type { AdminListVendorsType } from "./validators"

/** GET: vendors and applications, newest first, by status. */
export async function GET(req: MedusaRequest<unknown, AdminListVendorsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const [rows, count] = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listAndCountVendors(status ? { status } : {}, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  res.json({ vendors: await presentVendorsForStaff(req.scope, rows), count, limit, offset })
}
