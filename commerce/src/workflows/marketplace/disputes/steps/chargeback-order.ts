import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DisputeOpening } from "../../../../modules/marketplace/lib/disputes"

const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"

export type ChargebackInput = {
  paystack_dispute_id: string
  reference: string
  refund_amount: number | null
  currency: string | null
  status: string | null
  category: string | null
  message: string | null
}

/**
 * The order paid by the disputed Paystack transaction (its payment's
 * `data.reference`), as a chargeback dispute on the whole order; null when
 * no order of ours was paid by it (another shop on the same Paystack
 * account, a payment link).
 */
export const chargebackOrderStep = createStep("chargeback-order", async (input: ChargebackInput, { container }) => {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const payment = await db("payment")
    .select("id")
    .where({ provider_id: PAYSTACK_PROVIDER_ID, deleted_at: null })
    .andWhereRaw("data->>'reference' = ?", [input.reference])
    .first()
  if (!payment) return new StepResponse(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "payment_collection.order.email", "payment_collection.order.customer_id", "payment_collection.order.currency_code"],
    filters: { id: payment.id },
  })
  const order = (data[0] as { payment_collection?: { order?: { id: string; email: string | null; customer_id: string | null; currency_code: string } | null } | null } | undefined)
    ?.payment_collection?.order
  if (!order) return new StepResponse(null)
  const opening: DisputeOpening = {
    order_id: order.id,
    line_item_id: null,
    vendor_id: null,
    customer_id: order.customer_id,
    email: order.email ?? "",
    reason: "chargeback",
    description: input.message ?? "",
    currency_code: order.currency_code,
    source: "paystack_chargeback",
    paystack_dispute_id: input.paystack_dispute_id,
    actor_type: "paystack",
    actor_id: null,
    event_data: { reference: input.reference, refund_amount: input.refund_amount, currency: input.currency, status: input.status, category: input.category },
  }
  return new StepResponse(opening)
})
