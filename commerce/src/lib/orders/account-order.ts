import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { refundCapturedBeforeCancel } from "./refund-before-cancel"
import { loadDigitalVariants } from "../digital-goods/digital-variants"
import { digitalDeliveryLockKey } from "../../workflows/digital-delivery"
import { cancellation, orderShipments, orderTimeline, TIMELINE_ORDER_FIELDS, type TimelineOrder } from "./timeline"

async function loadOrder(scope: MedusaContainer, orderId: string): Promise<TimelineOrder> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: TIMELINE_ORDER_FIELDS,
    filters: { id: orderId },
  })
  const order = data[0] as unknown as TimelineOrder | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return order
}

async function digitalIds(scope: MedusaContainer, order: TimelineOrder) {
  const variants = await loadDigitalVariants(scope, (order.items ?? []).map((item) => item?.variant_id ?? ""))
  return new Set(variants.keys())
}

/** What the account's order page shows beside the order: its timeline, its shipments, and whether the reader may cancel it. */
export async function readOrderTimeline(scope: MedusaContainer, orderId: string) {
  const order = await loadOrder(scope, orderId)
  return {
    order_id: order.id,
    currency_code: order.currency_code,
    events: orderTimeline(order),
    shipments: orderShipments(order),
    cancellation: cancellation(order, await digitalIds(scope, order)),
  }
}

/**
 * The reader cancels their own order: refunded first through its provider
 * (refundCapturedBeforeCancel: a refused refund cancels nothing), then
 * Medusa's cancelOrderWorkflow cancels uncaptured payments and deletes the
 * lines' stock reservations. Under the
 * order's delivery lock (the one staff cancellations and online deliveries
 * take), the rule is read again: of two cancellations at once (a double
 * click) the second finds the order cancelled and answers as the first did,
 * with no second refund. An order the rule refuses is a 409 naming why.
 */
export async function cancelOrderForCustomer(scope: MedusaContainer, input: { order_id: string; customer_id: string }) {
  await scope.resolve(Modules.LOCKING).execute(
    digitalDeliveryLockKey(input.order_id),
    async () => {
      const order = await loadOrder(scope, input.order_id)
      const rule = cancellation(order, await digitalIds(scope, order))
      if (!rule.allowed && rule.reason === "cancelled") return
      if (!rule.allowed) throw new MedusaError(MedusaError.Types.CONFLICT, rule.message)
      await refundCapturedBeforeCancel(scope, input.order_id, input.customer_id, "Order cancelled by the reader")
      await cancelOrderWorkflow(scope).run({ input: { order_id: input.order_id, canceled_by: input.customer_id } })
    },
    { timeout: 30 }
  )
  return readOrderTimeline(scope, input.order_id)
}
