import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type ProductChangeRequestInput = {
  vendor_id: string
  product_id: string
  kind: "new" | "price_change"
  proposed: Record<string, unknown>
  previous?: Record<string, unknown> | null
  requested_by: string
  /** A change within the threshold: recorded as already approved, by no one. */
  applied_at_once?: boolean
}

export const createProductChangeRequestStepId = "create-product-change-request"

/** Records a vendor's product change for staff (or, applied at once, for the record); undone by deleting it. */
export const createProductChangeRequestStep = createStep(
  createProductChangeRequestStepId,
  async ({ applied_at_once, ...input }: ProductChangeRequestInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    try {
      const request = await marketplace.createProductChangeRequests({
        ...input,
        previous: input.previous ?? null,
        ...(applied_at_once ? { status: "approved" as const, decided_at: new Date(), reason: "within the price change threshold: applied at once" } : {}),
      })
      return new StepResponse(request, request.id)
    } catch (error) {
      // The partial unique index: one pending request of a kind per product.
      if (/already exists/i.test((error as Error).message ?? "")) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "A price change for this product is already waiting for staff approval: wait for their decision before changing prices again")
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteProductChangeRequests(id)
  }
)
