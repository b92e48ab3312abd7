import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type SetProductCommissionInput = { product_id: string; rate: number | null; actor_id: string }

export const setProductCommissionStepId = "set-product-commission"

/** Sets or clears a product's commission override; undone by putting the previous override (or none) back. */
export const setProductCommissionStep = createStep(
  setProductCommissionStepId,
  async (input: SetProductCommissionInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [before] = await marketplace.listProductCommissions({ product_id: input.product_id }, { take: 1 })
    const override = await marketplace.setProductCommission(input)
    return new StepResponse(override, { product_id: input.product_id, rate: before ? before.rate : null, actor_id: before?.set_by ?? input.actor_id })
  },
  async (before, { container }) => {
    if (before) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).setProductCommission(before)
  }
)
