import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"

export const withdrawDigitalFulfillmentsStepId = "withdraw-digital-fulfillments"

/**
 * Cancels the order's digital fulfilments. Medusa cancels no delivered
 * fulfilment (a parcel that arrived cannot be called back), but an online
 * delivery is only a record: its delivered mark is lifted, then Medusa's own
 * workflow cancels it. If that fails the mark is put back, so a fulfilment
 * is never left half withdrawn. Nothing to undo once done: the order's
 * cancellation that follows ends the reader's access.
 */
export const withdrawDigitalFulfillmentsStep = createStep(
  withdrawDigitalFulfillmentsStepId,
  async ({ order_id, fulfillment_ids }: { order_id: string; fulfillment_ids: string[] }, { container }) => {
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    for (const id of fulfillment_ids) {
      const { delivered_at } = await fulfillments.retrieveFulfillment(id, { select: ["id", "delivered_at"] })
      await fulfillments.updateFulfillment(id, { delivered_at: null })
      try {
        await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id, fulfillment_id: id, no_notification: true } })
      } catch (error) {
        await fulfillments.updateFulfillment(id, { delivered_at })
        throw error
      }
    }
    return new StepResponse(fulfillment_ids)
  }
)
