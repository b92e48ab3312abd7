import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

/** The newest entry of a dispute's log: what its emails are keyed by, so each step is emailed once. */
export const latestDisputeEventStep = createStep("latest-dispute-event", async (input: { dispute_id: string }, { container }) => {
  const [event] = await container
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listDisputeEvents({ dispute_id: input.dispute_id }, { order: { created_at: "DESC", id: "DESC" }, take: 1 })
  return new StepResponse({ id: event.id })
})
