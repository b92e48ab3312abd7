import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { deliverDigitalOrderLinesWorkflow } from "../workflows/digital-delivery"

/**
 * A placed (paid) order's ebooks and courses are delivered at once: the
 * library and the course are open already, and this records it on the order.
 * A failure is logged and thrown (an event bus that retries will retry); the
 * order and the reader's access stand regardless, and the quarter-hourly
 * job deliver-missed-digital-lines delivers what was missed.
 */
export default async function deliverDigitalLinesOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await deliverDigitalOrderLinesWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Digital delivery of order ${event.data.id} failed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "deliver-digital-lines-on-order-placed" } }
