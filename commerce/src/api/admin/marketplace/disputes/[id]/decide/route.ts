import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDisputes } from "../../../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../../modules/marketplace/service"
import { decideDisputeWorkflow } from "../../../../../../workflows/marketplace/disputes/decide-dispute"
import type { AdminDecideDisputeType } from "../../validators"

/**
 * POST { decision: "refund" | "close", amount?, note }: staff decide, once;
 * a second decision (a double click, a colleague) answers the dispute as it
 * is with `changed: false` and refunds nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminDecideDisputeType>, res: MedusaResponse) {
  const { result } = await decideDisputeWorkflow(req.scope).run({
    input: { dispute_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  const dispute = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveDispute(req.params.id)
  const [presented] = await presentDisputes(req.scope, [dispute], "staff")
  res.json({ dispute: presented, changed: result.changed })
}
