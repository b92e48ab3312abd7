import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { PayoutInput } from "../../../modules/marketplace/service"

export const recordPayoutStepId = "record-payout"

/** Records a payout statement, its amount summed from the ledger (see recordPayout); undone by deleting it. */
export const recordPayoutStep = createStep(
  recordPayoutStepId,
  async (input: PayoutInput, { container }) => {
    const payout = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).recordPayout(input)
    return new StepResponse(payout, payout.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deletePayouts(id)
  }
)
