import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderPlacedEmailWorkflow } from "../workflows/send-order-placed-email"

/** An order was placed: confirm it by email. A failed email is logged; the order stands. */
export default async function orderPlacedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await sendOrderPlacedEmailWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Order confirmation email for order ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "order-placed-email" } }
