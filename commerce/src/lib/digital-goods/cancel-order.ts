import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { digitalDeliveryLockKey } from "../../workflows/digital-delivery"
import { refundCapturedBeforeCancel } from "../orders/refund-before-cancel"
import {
  cancellableOnceDigitalWithdrawn,
  type CancellableOrder,
  withdrawDigitalDeliveriesWorkflow,
} from "../../workflows/digital-delivery/withdraw-digital-deliveries"

/**
 * Staff cancel an order (Medusa's cancelOrderWorkflow), online deliveries
 * included. Medusa cancels no order with a delivered fulfilment, and ebooks
 * and courses are delivered the moment an order is placed, so those
 * deliveries are withdrawn first. Both happen under the order's delivery
 * lock, so a delivery still running for the order finishes before, and none
 * can start between the withdrawal and the cancellation. The payments are
 * refunded before anything else (refundCapturedBeforeCancel): a refund the
 * provider refuses cancels and withdraws nothing. Should the cancellation
 * itself then fail, the deliveries stay withdrawn (Medusa's order keeps their delivered count and
 * never delivers a line twice) and staff cancelling again completes it.
 */
export async function cancelOrderWithOnlineDeliveries(scope: MedusaContainer, input: { order_id: string; canceled_by?: string }) {
  await scope.resolve(Modules.LOCKING).execute(
    digitalDeliveryLockKey(input.order_id),
    async () => {
      const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "status", "fulfillments.id", "fulfillments.provider_id", "fulfillments.canceled_at", "fulfillments.shipped_at"],
        filters: { id: input.order_id },
      })
      // Only an order Medusa will cancel is refunded first; any other is left for cancelOrderWorkflow to refuse, untouched.
      if (cancellableOnceDigitalWithdrawn(data[0] as unknown as CancellableOrder)) {
        await refundCapturedBeforeCancel(scope, input.order_id, input.canceled_by, "Order cancelled by staff")
      }
      const { result: withdrawn } = await withdrawDigitalDeliveriesWorkflow(scope).run({ input: { order_id: input.order_id } })
      try {
        await cancelOrderWorkflow(scope).run({ input })
      } catch (error) {
        if (withdrawn.length) {
          scope
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`Order ${input.order_id}: online deliveries withdrawn, but the cancellation failed: ${(error as Error).message}`)
        }
        throw error
      }
    },
    { timeout: 30 }
  )
}
