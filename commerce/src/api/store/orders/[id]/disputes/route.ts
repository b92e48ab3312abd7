import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../../../../lib/env"
import { presentDisputes } from "../../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../modules/marketplace/service"
import { openBuyerDisputeWorkflow } from "../../../../../workflows/marketplace/disputes/open-buyer-dispute"
import type { StoreOpenDisputeType } from "./validators"

/** GET: the signed-in owner's disputes on this order, each with its log, newest first, and until when a problem can be reported. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "created_at"], filters: { id: req.params.id } })
  const openUntil = new Date(new Date(orders[0].created_at as Date).getTime() + env.MARKETPLACE_DISPUTE_WINDOW_DAYS * 86_400_000)
  const disputes = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listDisputes({ order_id: req.params.id, customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC", id: "DESC" } })
  res.setHeader("cache-control", "private, no-store")
  res.json({ disputes: await presentDisputes(req.scope, disputes, "buyer"), open_until: openUntil.toISOString() })
}

/** POST { line_item_id, reason, description }: reports a problem with a line (201); the same line's undecided dispute again answers it (200). */
export async function POST(req: AuthenticatedMedusaRequest<StoreOpenDisputeType>, res: MedusaResponse) {
  const { result } = await openBuyerDisputeWorkflow(req.scope).run({
    input: { order_id: req.params.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  const dispute = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveDispute(result.dispute_id)
  const [presented] = await presentDisputes(req.scope, [dispute], "buyer")
  res.status(result.created ? 201 : 200).json({ dispute: presented, created: result.created })
}
