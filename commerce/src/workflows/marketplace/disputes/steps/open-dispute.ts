import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type { DisputeOpening } from "../../../../modules/marketplace/lib/disputes"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

/** Opens the dispute (once: see openDispute); undone by removing the one this run opened, never one already there. */
export const openDisputeStep = createStep(
  "open-dispute",
  async (input: DisputeOpening, { container }) => {
    const result = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).openDispute(input)
    return new StepResponse(result, result.created ? result.dispute_id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const events = await marketplace.listDisputeEvents({ dispute_id: createdId }, { select: ["id"] })
    await marketplace.deleteDisputeEvents(events.map((e) => e.id))
    await marketplace.deleteDisputes(createdId)
  }
)
