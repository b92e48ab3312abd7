import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDisputes } from "../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import type { AdminListDisputesType } from "./validators"

/** GET: disputes by status, oldest undecided first (first reported, first decided), else newest first. */
export async function GET(req: MedusaRequest<unknown, AdminListDisputesType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const undecided = status === "open" || status === "vendor_answered"
  const [rows, count] = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listAndCountDisputes(status ? { status } : {}, { order: { created_at: undecided ? "ASC" : "DESC", id: "ASC" }, take: limit, skip: offset })
  res.json({ disputes: await presentDisputes(req.scope, rows, "staff"), count, limit, offset })
}
