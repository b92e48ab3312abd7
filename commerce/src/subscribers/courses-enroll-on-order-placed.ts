import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { enrollCustomerFromOrderWorkflow } from "../workflows/courses/enroll-from-order"

/** A paid order enrols its buyer in every course it holds (once, however often the event comes). */
export default async function enrollOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await enrollCustomerFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "courses-enroll-on-order-placed" } }
