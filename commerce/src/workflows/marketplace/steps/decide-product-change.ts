import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ProductChangeDecisionInput = { request_id: string; decision: "approve" | "reject"; reason?: string | null; actor_id: string }

export const decideProductChangeStepId = "decide-product-change"

/** Records staff's decision on a product change (a repeat changes nothing); undone by putting it back to pending. */
export const decideProductChangeStep = createStep(
  decideProductChangeStepId,
  async (input: ProductChangeDecisionInput, { container }) => {
    const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).decideProductChange(input.request_id, input)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (result?.changed) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).undoProductChangeDecision(result)
  }
)
