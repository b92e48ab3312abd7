import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { linkOrderVendorsWorkflow } from "../workflows/marketplace/link-order-vendors"

/** A placed order is linked to the vendors whose lines it holds, and their buyer to them. */
export default async function marketplaceOrderLinks({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderVendorsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "marketplace-order-links" },
}
