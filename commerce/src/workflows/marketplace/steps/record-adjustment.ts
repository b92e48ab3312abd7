import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { AdjustmentInput } from "../../../modules/marketplace/service"

export const recordAdjustmentStepId = "record-vendor-adjustment"

/** Writes staff's adjustment once per key; undone by deleting the entry only if this run wrote it. */
export const recordAdjustmentStep = createStep(
  recordAdjustmentStepId,
  async (input: AdjustmentInput, { container }) => {
    const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).recordAdjustment(input)
    return new StepResponse(result, result.created ? result.entry.id : null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteLedgerEntries(id)
  }
)
