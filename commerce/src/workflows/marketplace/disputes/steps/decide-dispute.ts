import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type { DisputeDecision } from "../../../../modules/marketplace/lib/disputes"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

export type DecideDisputeInput = { dispute_id: string; decision: DisputeDecision; amount?: number | null; refundable: number; note: string; actor_id: string }

/** Records staff's decision under the dispute's row lock (a repeat changes nothing); undone by putting the dispute back as it was. */
export const decideDisputeStep = createStep(
  "decide-dispute",
  async (input: DecideDisputeInput, { container }) => {
    const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).decideDispute(input)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (result?.changed) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).undoDisputeDecision(result)
  }
)
