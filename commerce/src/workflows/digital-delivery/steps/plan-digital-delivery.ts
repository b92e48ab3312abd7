import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadDigitalVariants } from "../../../lib/digital-goods/digital-variants"
import { isPaidFor, type LibraryOrder } from "../../../lib/ebooks/library"
import { DIGITAL_FULFILLMENT_PROVIDER_ID } from "../../../modules/digital-fulfillment"

export const planDigitalDeliveryStepId = "plan-digital-delivery"

type Amount = Parameters<typeof MathBN.convert>[0]

export type DeliverableOrder = Pick<LibraryOrder, "status" | "payment_collections"> & {
  id: string
  items?: ({
    id: string
    variant_id?: string | null
    requires_shipping?: boolean | null
    detail?: { quantity?: Amount | null; fulfilled_quantity?: Amount | null; delivered_quantity?: Amount | null } | null
  } | null)[] | null
}

/** The order fields the plan reads, for Query. */
export const DELIVERABLE_ORDER_FIELDS = [
  "id",
  "status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "items.id",
  "items.variant_id",
  "items.requires_shipping",
  // The order's own item record (quantities as they stand after any order change).
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.delivered_quantity",
]

export type DigitalDeliveryPlan = { shipping_option_id: string; items: { id: string; quantity: number }[] } | null

/**
 * Which of a paid order's lines are ebooks or courses not yet fulfilled, and
 * the shipping option they are fulfilled through; null when there is
 * nothing to deliver (a cancelled or unpaid order, a print-only order, or a
 * replayed event after the delivery). Nothing to undo.
 */
export const planDigitalDeliveryStep = createStep(planDigitalDeliveryStepId, async (order: DeliverableOrder, { container }) => {
  if (order.status === "canceled" || !isPaidFor(order)) return new StepResponse(null as DigitalDeliveryPlan)
  const online = (order.items ?? []).filter((item): item is NonNullable<typeof item> => !!item?.variant_id && item.requires_shipping === false)
  const digital = await loadDigitalVariants(container, online.map((item) => item.variant_id!))
  const items = online.flatMap((item) => {
    // A delivery withdrawn by a cancellation keeps its count on the order (Medusa never delivers a line twice).
    const done = MathBN.max(MathBN.convert(item.detail?.fulfilled_quantity ?? 0), MathBN.convert(item.detail?.delivered_quantity ?? 0))
    const left = MathBN.sub(MathBN.convert(item.detail?.quantity ?? 0), done).toNumber()
    return digital.has(item.variant_id!) && left > 0 ? [{ id: item.id, quantity: left }] : []
  })
  if (!items.length) return new StepResponse(null as DigitalDeliveryPlan)

  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { provider_id: DIGITAL_FULFILLMENT_PROVIDER_ID },
  })
  if (!options[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Digital delivery is not set up: run `medusa db:migrate` (it adds the Delivered online option)")
  }
  return new StepResponse({ shipping_option_id: options[0].id as string, items } as DigitalDeliveryPlan)
})
