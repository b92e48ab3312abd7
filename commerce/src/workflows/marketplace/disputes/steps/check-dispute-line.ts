import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../../../lib/env"
import type { DisputeOpening } from "../../../../modules/marketplace/lib/disputes"
import { withinDisputeWindow } from "../../../../modules/marketplace/lib/disputes"
import type { DisputeReason } from "../../../../modules/marketplace/models/dispute"

export type BuyerDisputeInput = { order_id: string; line_item_id: string; reason: DisputeReason; description: string; customer_id: string }

/**
 * Checks a buyer's dispute before it is opened: the line is one of the
 * order's (the route has checked the order is the customer's), and the order
 * was placed no more than MARKETPLACE_DISPUTE_WINDOW_DAYS ago. Answers what
 * opening it needs, with the line's vendor (null for the shop's own title).
 */
export const checkDisputeLineStep = createStep("check-dispute-line", async (input: BuyerDisputeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "currency_code", "created_at", "items.id", "items.product_id"],
    filters: { id: input.order_id },
  })
  const order = orders[0]
  if (!order || order.customer_id !== input.customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
  const line = (order.items ?? []).find((i) => i?.id === input.line_item_id)
  if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `line_item_id ${input.line_item_id} is not a line of this order`)
  if (!withinDisputeWindow(order.created_at as Date, new Date(), env.MARKETPLACE_DISPUTE_WINDOW_DAYS)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This order was placed more than ${env.MARKETPLACE_DISPUTE_WINDOW_DAYS} days ago: a problem with it can no longer be reported here, please contact us`
    )
  }
  let vendorId: string | null = null
  if (line.product_id) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "vendor.id"], filters: { id: line.product_id } })
    vendorId = (products[0] as { vendor?: { id: string } | null } | undefined)?.vendor?.id ?? null
  }
  const opening: DisputeOpening = {
    order_id: order.id,
    line_item_id: line.id,
    vendor_id: vendorId,
    customer_id: input.customer_id,
    email: order.email ?? "",
    reason: input.reason,
    description: input.description,
    currency_code: order.currency_code,
    source: "buyer",
    actor_type: "customer",
    actor_id: input.customer_id,
  }
  return new StepResponse(opening)
})
