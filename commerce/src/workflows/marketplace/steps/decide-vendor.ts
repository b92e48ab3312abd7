import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { VendorDecision } from "../../../modules/marketplace/lib/decisions"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type VendorDecisionInput = { vendor_id: string; decision: VendorDecision; reason?: string | null; actor_id: string }

export const decideVendorStepId = "decide-vendor"

/** Records staff's decision (a repeat changes nothing); undone by putting the vendor's previous status back. */
export const decideVendorStep = createStep(
  decideVendorStepId,
  async (input: VendorDecisionInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const result = await marketplace.decideVendor(input.vendor_id, input)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (result?.changed) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).undoDecision(result)
  }
)
