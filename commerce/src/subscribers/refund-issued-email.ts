import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { sendRefundEmailsWorkflow } from "../workflows/send-refund-emails"

/**
 * Money went back to a shopper: staff refunded a payment (payment.refunded,
 * with the payment's id) or cancelled a paid order, whose refunds Medusa
 * makes without that event (order.canceled, with the order's id).
 */
export default async function refundIssuedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.REFUNDED ? { payment_id: event.data.id } : { order_id: event.data.id }
  try {
    await sendRefundEmailsWorkflow(container).run({ input })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Refund email for ${event.name} ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "refund-issued-email" },
}
