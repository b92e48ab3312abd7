import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
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

/** The provider refused or did not answer the refund: nothing was cancelled. */
export class OrderCancelFailed extends Error {}

/**
 * The reader cancels their own order with Medusa's cancelOrderWorkflow, which
 * refunds captured payments through their provider (Paystack), cancels
 * uncaptured ones and deletes the lines' stock reservations. Under the
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
      // Refunded first, through the workflow staff refunds use, which fails when the provider does: Medusa's
      // cancelOrderWorkflow logs a failed refund and cancels anyway, which would return the stock and keep the money.
      // What is refunded here leaves nothing for cancelOrderWorkflow to refund (it refunds captured minus refunded).
      for (const payment of (order.payment_collections ?? []).flatMap((c) => c?.payments ?? [])) {
        if (!payment) continue
        const sum = (rows: ({ amount: unknown } | null)[] | null | undefined) =>
          (rows ?? []).reduce((total, row) => MathBN.add(total, (row?.amount ?? 0) as BigNumber), MathBN.convert(0))
        const owed = MathBN.sub(sum(payment.captures), sum(payment.refunds))
        if (!MathBN.gt(owed, 0)) continue
        try {
          await refundPaymentWorkflow(scope).run({
            input: { payment_id: payment.id, amount: owed, created_by: input.customer_id, note: "Order cancelled by the reader" },
          })
        } catch (error) {
          throw new OrderCancelFailed((error as Error).message)
        }
      }
      await cancelOrderWorkflow(scope).run({ input: { order_id: input.order_id, canceled_by: input.customer_id } })
    },
    { timeout: 30 }
  )
  return readOrderTimeline(scope, input.order_id)
}
