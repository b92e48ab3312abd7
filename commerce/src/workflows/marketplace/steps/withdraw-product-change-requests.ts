import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const withdrawProductChangeRequestsStepId = "withdraw-product-change-requests"

/** Removes a deleted product's requests from staff's list (soft delete); undone by restoring them. */
export const withdrawProductChangeRequestsStep = createStep(
  withdrawProductChangeRequestsStepId,
  async (input: { product_id: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const ids = (await marketplace.listProductChangeRequests({ product_id: input.product_id }, { select: ["id"] })).map((r) => r.id)
    if (ids.length) await marketplace.softDeleteProductChangeRequests(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).restoreProductChangeRequests(ids)
  }
)
