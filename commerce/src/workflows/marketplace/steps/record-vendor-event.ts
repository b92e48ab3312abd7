import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { VENDOR_EVENT_TYPES } from "../../../modules/marketplace/models/vendor-event"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const recordVendorEventStepId = "record-vendor-event"

export type VendorEventInput = {
  vendor_id: string
  type: (typeof VENDOR_EVENT_TYPES)[number]
  actor_type: "user" | "vendor" | "applicant"
  actor_id: string | null
  reason?: string | null
  data?: Record<string, unknown> | null
}

/** Writes one entry of the vendor's log; undone by deleting it (the change it records did not happen). */
export const recordVendorEventStep = createStep(
  recordVendorEventStepId,
  async (input: VendorEventInput, { container }) => {
    const event = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).createVendorEvents(input)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteVendorEvents(id)
  }
)
