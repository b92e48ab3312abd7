import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EMAIL_FIELDS, ORDER_EMAIL_TEMPLATES, orderEmail, toNumber, type EmailOrder } from "../../lib/order-emails"

export const sendRefundIssuedEmailWorkflowId = "send-refund-issued-email"

type RefundedPayment = {
  id: string
  payment_collection?: { order?: { id: string } | null } | null
  refunds?: ({ id: string; amount: Parameters<typeof toNumber>[0] } | null)[] | null
}

/**
 * Emails the shopper about each refund of a payment, once per refund: the
 * event names only the payment, and a refund already emailed is skipped by
 * its idempotency key. A payment of a cart that never became an order
 * (refunded when completion failed) sends nothing.
 */
export const sendRefundIssuedEmailWorkflow = createWorkflow(sendRefundIssuedEmailWorkflowId, (input: { payment_id: string }) => {
  const { data: payment } = useQueryGraphStep({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "refunds.id", "refunds.amount"],
    filters: { id: input.payment_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-payment" })
  const orderId = transform({ payment }, ({ payment }) => (payment as unknown as RefundedPayment).payment_collection?.order?.id)
  const order = when("refunded-payment-has-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
    const { data } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_EMAIL_FIELDS,
      filters: { id: orderId },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-order" })
    return data
  })
  const notifications = transform({ order, payment }, ({ order, payment }) => {
    const refunds = ((payment as unknown as RefundedPayment).refunds ?? []).filter((r): r is NonNullable<typeof r> => !!r)
    const refundedTotal = MathBN.add(...refunds.map((r) => MathBN.convert(r.amount ?? 0))).toNumber()
    return refunds.flatMap((refund) =>
      orderEmail(order as unknown as EmailOrder | undefined, ORDER_EMAIL_TEMPLATES.refunded, `refund-issued:${refund.id}`, {
        refund_amount: toNumber(refund.amount),
        refunded_total: refundedTotal,
      })
    )
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
