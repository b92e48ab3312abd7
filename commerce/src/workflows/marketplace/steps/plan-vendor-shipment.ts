import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { leftToShip, vendorProductIdSet } from "../../../lib/marketplace/vendor-orders"

export const planVendorShipmentStepId = "plan-vendor-shipment"

export type PlanVendorShipmentInput = { order_id: string; vendor_id: string; items: { line_item_id: string; quantity: number }[] }
export type VendorShipmentPlan = { items: { id: string; quantity: number }[] }

type Amount = number | string | { toString(): string } | null | undefined
type Line = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  product_id: string | null
  requires_shipping: boolean
  quantity: Amount
  detail?: { quantity?: Amount; fulfilled_quantity?: Amount } | null
}

const nameOf = (line: Line) => `${line.id} (${[line.product_title ?? line.title, line.variant_title].filter(Boolean).join(", ")})`

/**
 * Reads the order afresh (under the order's lock, so a second submit sees
 * the first's fulfilment) and checks what the vendor asks to ship: every
 * line must be theirs (404 otherwise, as for an order with none of theirs),
 * a print line, and no more copies than are left unfulfilled (400 naming the
 * line). Nothing to undo.
 */
export const planVendorShipmentStep = createStep(planVendorShipmentStepId, async (input: PlanVendorShipmentInput, { container }) => {
  const [{ data }, products] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "currency_code",
        "items.id",
        "items.title",
        "items.product_title",
        "items.variant_title",
        "items.product_id",
        "items.requires_shipping",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        "payment_collections.status",
        "payment_collections.amount",
        "payment_collections.captured_amount",
        "payment_collections.refunded_amount",
      ],
      filters: { id: input.order_id },
    }),
    vendorProductIdSet(container, input.vendor_id),
  ])
  const order = data[0] as unknown as ({ id: string; status: string; items: Line[] } & Record<string, unknown>) | undefined
  const mine = new Map((order?.items ?? []).filter((l) => !!l.product_id && products.has(l.product_id)).map((l) => [l.id, l]))
  if (!order || !mine.size) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order of yours with id ${input.order_id}`)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was cancelled: there is nothing to ship")
  const payment = getLastPaymentStatus(order as never)
  if (!["captured", "partially_refunded", "authorized", "partially_captured"].includes(payment)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This order's payment is ${payment.replace(/_/g, " ")}: ship only paid orders`)
  }
  const items = input.items.map(({ line_item_id, quantity }) => {
    const line = mine.get(line_item_id)
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line of yours with id ${line_item_id} in this order`)
    if (!line.requires_shipping) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${nameOf(line)} is delivered online: there is nothing to ship`)
    const left = leftToShip(line)
    if (quantity > left) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${nameOf(line)} has ${left} ${left === 1 ? "copy" : "copies"} left to ship, not ${quantity}`)
    }
    return { id: line.id, quantity }
  })
  return new StepResponse({ items } as VendorShipmentPlan)
})
