import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { presentProductRequests } from "./present"
import type { AdminListProductRequestsType } from "./validators"

/** GET: vendors' product changes by status, oldest pending first (first asked, first decided). */
export async function GET(req: MedusaRequest<unknown, AdminListProductRequestsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const [rows, count] = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listAndCountProductChangeRequests(status ? { status } : {}, { order: { created_at: status === "pending" ? "ASC" : "DESC", id: "ASC" }, take: limit, skip: offset })
  res.json({ product_requests: await presentProductRequests(req.scope, rows as never), count, limit, offset })
}
