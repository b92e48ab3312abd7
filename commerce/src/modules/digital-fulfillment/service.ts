import { AbstractFulfillmentProviderService } from "@medusajs/framework/utils"
import type { CreateFulfillmentResult, FulfillmentOption } from "@medusajs/framework/types"

/** The fulfilment option of the "Digital delivery" shipping option (see src/scripts/seed/digital-delivery.ts). */
export const DIGITAL_DELIVERY_OPTION = "digital-delivery"

/**
 * Ebooks and courses are delivered online: an ebook is in the reader's
 * library (or behind their emailed links) and a course is open to its learner
 * the moment the order is paid. A fulfilment here sends nothing anywhere; it
 * records the delivery so the order reads "Delivered" and staff see nothing
 * waiting. Nothing is ever returned, and there is no price to calculate.
 */
export default class DigitalFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "digital"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: DIGITAL_DELIVERY_OPTION, name: "Delivered online" }]
  }

  async validateOption(): Promise<boolean> {
    return true
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return false
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: { delivered_online: true }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }
}
