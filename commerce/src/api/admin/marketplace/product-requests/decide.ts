import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopCatalog } from "../../../../lib/marketplace/shop-catalog"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { decideProductChangeWorkflow } from "../../../../workflows/marketplace/decide-product-change"
import { presentProductRequests } from "./present"

/** Runs staff's decision on the request of the route, answering it as it is now and whether this call changed it. */
export async function decideProductRequest(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse, decision: "approve" | "reject") {
  const { sales_channel_id } = await shopCatalog(req.scope)
  const { result } = await decideProductChangeWorkflow(req.scope).run({
    input: { request_id: req.params.id, decision, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id, sales_channel_id },
  })
  const request = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveProductChangeRequest(req.params.id)
  const [presented] = await presentProductRequests(req.scope, [request as never])
  res.json({ product_request: presented, changed: result.changed })
}
