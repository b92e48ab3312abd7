import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { revokeOrderEnrollmentsWorkflow } from "../workflows/courses/revoke-order-enrollments"

/** A cancelled or fully refunded order takes back the courses it paid for. */
export default async function revokeOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.REFUNDED ? { payment_id: event.data.id } : { order_id: event.data.id }
  await revokeOrderEnrollmentsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "courses-revoke-on-refund" },
}
