import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { hideReviewsOfEndedOrderWorkflow } from "../workflows/reviews/hide-reviews-of-ended-order"

/** A cancelled or fully refunded order hides its reader's reviews of what it bought. */
export default async function hideReviewsOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.REFUNDED ? { payment_id: event.data.id } : { order_id: event.data.id }
  await hideReviewsOfEndedOrderWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "reviews-hide-on-refund" },
}
