import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { deliverDigitalOrderLinesWorkflow } from "../workflows/digital-delivery"

/** How far back a missed delivery is looked for. */
const LOOK_BACK_MS = 7 * 86_400_000

type RecentOrder = {
  id: string
  items?: ({
    requires_shipping?: boolean | null
    detail?: { quantity?: unknown; fulfilled_quantity?: unknown; delivered_quantity?: unknown } | null
  } | null)[] | null
}

type Amount = Parameters<typeof MathBN.convert>[0]
const amount = (value: unknown) => MathBN.convert((value ?? 0) as Amount)

/** A line that needs no shipping, neither fulfilled nor ever delivered (a withdrawn delivery keeps its count). */
const undelivered = (order: RecentOrder) =>
  (order.items ?? []).some(
    (item) =>
      item?.requires_shipping === false &&
      MathBN.lt(MathBN.max(amount(item.detail?.fulfilled_quantity), amount(item.detail?.delivered_quantity)), amount(item.detail?.quantity))
  )

/**
 * The safety net of the order.placed delivery: an order whose event was lost
 * or whose delivery failed (the database went away mid-way, say) still has
 * its ebooks and courses delivered within the quarter hour. The workflow
 * decides, under the order's lock, what is left to deliver (nothing for a
 * cancelled or unpaid order).
 */
export default async function deliverMissedDigitalLinesJob(container: MedusaContainer, context?: ScheduledJobContext) {
  // Medusa's scheduler passes { scheduledFor }; a number here made every scheduled run fail with "Invalid time value".
  const now = context?.scheduledFor?.getTime() ?? Date.now()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.requires_shipping", "items.detail.quantity", "items.detail.fulfilled_quantity", "items.detail.delivered_quantity"],
    filters: { created_at: { $gte: new Date(now - LOOK_BACK_MS) }, status: { $nin: ["canceled", "draft"] } },
  })
  for (const order of (data as unknown as RecentOrder[]).filter(undelivered)) {
    try {
      const { result } = await deliverDigitalOrderLinesWorkflow(container).run({ input: { order_id: order.id } })
      if (result.fulfillment_id) logger.info(`Order ${order.id}: missed digital delivery made (${result.fulfillment_id})`)
    } catch (error) {
      logger.error(`Order ${order.id}: digital delivery failed again: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "deliver-missed-digital-lines", schedule: "*/15 * * * *" }
