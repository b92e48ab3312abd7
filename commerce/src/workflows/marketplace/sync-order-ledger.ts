import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_ORDER_FIELDS, syncOrderLedgerStep } from "./steps/sync-order-ledger"

export const syncOrderLedgerWorkflowId = "sync-order-ledger"

/** The vendors' ledger of an order, named by the order (order.placed) or by a refunded payment (payment.refunded). */
export const syncOrderLedgerWorkflow = createWorkflow(syncOrderLedgerWorkflowId, (input: { order_id?: string; payment_id?: string }) => {
  const payment = when("ledger-named-by-payment", { input }, ({ input }) => !input.order_id && !!input.payment_id).then(() => {
    const { data } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "payment_collection.order.id"],
      filters: { id: input.payment_id },
      options: { isList: false },
    }).config({ name: "get-ledger-payment" })
    return data
  })
  const orderId = transform({ input, payment }, ({ input, payment }) =>
    input.order_id ?? (payment as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
  )
  const order = when("ledger-has-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
    const { data } = useQueryGraphStep({
      entity: "order",
      fields: LEDGER_ORDER_FIELDS,
      filters: { id: orderId },
      options: { isList: false },
    }).config({ name: "get-ledger-order" })
    return data
  })
  const result = syncOrderLedgerStep(transform({ order }, ({ order }) => (order ?? null) as never))
  return new WorkflowResponse(result)
})
