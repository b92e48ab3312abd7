import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { sendRefundIssuedEmailWorkflow } from "../workflows/send-refund-issued-email"

/** Medusa's refund workflow emits payment.refunded with the payment's id: tell the shopper. */
export default async function refundIssuedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await sendRefundIssuedEmailWorkflow(container).run({ input: { payment_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Refund email for payment ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED, context: { subscriberId: "refund-issued-email" } }
