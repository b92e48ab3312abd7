import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { deliverDigitalOrderLinesWorkflow, digitalDeliveryLockKey } from "../../workflows/digital-delivery"
import { withdrawDigitalDeliveriesWorkflow } from "../../workflows/digital-delivery/withdraw-digital-deliveries"

/**
 * Staff cancel an order (Medusa's cancelOrderWorkflow), online deliveries
 * included. Medusa cancels no order with a delivered fulfilment, and ebooks
 * and courses are delivered the moment an order is placed, so those
 * deliveries are withdrawn first. Both happen under the order's delivery
 * lock, so a delivery still running for the order finishes before, and none
 * can start between the withdrawal and the cancellation. If the cancellation
 * then fails (a refund Paystack refused, say), the deliveries are made again.
 */
export async function cancelOrderWithOnlineDeliveries(scope: MedusaContainer, input: { order_id: string; canceled_by?: string }) {
  let withdrawn: string[] = []
  try {
    await scope.resolve(Modules.LOCKING).execute(
      digitalDeliveryLockKey(input.order_id),
      async () => {
        withdrawn = (await withdrawDigitalDeliveriesWorkflow(scope).run({ input: { order_id: input.order_id } })).result
        await cancelOrderWorkflow(scope).run({ input })
      },
      { timeout: 30 }
    )
  } catch (error) {
    if (withdrawn.length) {
      await deliverDigitalOrderLinesWorkflow(scope)
        .run({ input: { order_id: input.order_id } })
        .catch((redo: Error) =>
          scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Order ${input.order_id}: digital lines not delivered again: ${redo.message}`)
        )
    }
    throw error
  }
}
