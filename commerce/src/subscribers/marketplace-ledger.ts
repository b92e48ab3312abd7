import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { syncOrderLedgerWorkflow } from "../workflows/marketplace/sync-order-ledger"

/** A placed order writes its vendors' sales, commissions and fees; a refund takes back the refunded lines' shares (each once). */
export default async function marketplaceLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.REFUNDED ? { payment_id: event.data.id } : { order_id: event.data.id }
  await syncOrderLedgerWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, PaymentEvents.REFUNDED],
  context: { subscriberId: "marketplace-ledger" },
}
