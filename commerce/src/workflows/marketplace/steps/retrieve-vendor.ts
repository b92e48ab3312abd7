import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const retrieveVendorStepId = "retrieve-vendor"

/** The vendor as it is now (after the steps before). Reads only: nothing to undo. */
export const retrieveVendorStep = createStep(retrieveVendorStepId, async (input: { vendor_id: string }, { container }) => {
  return new StepResponse(await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveVendor(input.vendor_id))
})
