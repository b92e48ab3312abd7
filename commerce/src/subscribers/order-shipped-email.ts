import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderShippedEmailWorkflow } from "../workflows/send-order-shipped-email"

/** Staff marked a fulfillment shipped: tell the shopper, unless staff chose not to notify. */
export default async function orderShippedEmail({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  try {
    await sendOrderShippedEmailWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Shipment email for fulfillment ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "order-shipped-email" },
}
