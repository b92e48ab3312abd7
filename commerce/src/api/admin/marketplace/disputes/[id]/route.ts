import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDisputes } from "../../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../modules/marketplace/service"

/** GET: one dispute with its whole log (who did what, when). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const dispute = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveDispute(req.params.id)
  const [presented] = await presentDisputes(req.scope, [dispute], "staff")
  res.json({ dispute: presented })
}
