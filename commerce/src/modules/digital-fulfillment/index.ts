import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import DigitalFulfillmentProviderService from "./service"

/** Registered as `digital_digital`: the fulfilment provider of ebooks and courses. */
export const DIGITAL_FULFILLMENT_PROVIDER_ID = "digital_digital"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [DigitalFulfillmentProviderService],
})
