import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EMAIL_FIELDS, REFUND_EMAIL_FIELDS, refundEmails, type RefundedOrder } from "../../lib/order-emails"

export const sendRefundEmailsWorkflowId = "send-refund-emails"

type RefundedPayment = { payment_collection?: { order?: { id: string } | null } | null }

/**
 * Emails the shopper about each refund of an order not yet emailed (the
 * idempotency key of each refund skips the rest). Named by the order, or by
 * a refunded payment; a payment of a cart that never became an order sends
 * nothing.
 */
export const sendRefundEmailsWorkflow = createWorkflow(sendRefundEmailsWorkflowId, (input: { order_id?: string; payment_id?: string }) => {
  const payment = when("refund-named-by-payment", { input }, ({ input }) => !input.order_id && !!input.payment_id).then(() => {
    const { data } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "payment_collection.order.id"],
      filters: { id: input.payment_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-payment" })
    return data
  })
  // Never query with an undefined id: Query would match every order.
  const orderId = transform({ input, payment }, ({ input, payment }) =>
    input.order_id ?? (payment as unknown as RefundedPayment | undefined)?.payment_collection?.order?.id
  )
  const order = when("refund-has-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
    const { data } = useQueryGraphStep({
      entity: "order",
      fields: [...ORDER_EMAIL_FIELDS, ...REFUND_EMAIL_FIELDS],
      filters: { id: orderId },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-order" })
    return data
  })
  const notifications = transform({ order }, ({ order }) => refundEmails(order as unknown as RefundedOrder | undefined))
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
