import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryEvents } from "@medusajs/framework/utils"
import { alertLowStockWorkflow } from "../workflows/stock-alerts"

/**
 * Stock moved: Medusa 2.21 emits inventory-level events for every change of
 * a level's stocked or reserved quantity (an order reserving, a fulfilment,
 * a cancellation, staff restocking), after the change is committed.
 */
export default async function lowStockAlerts({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [event.data.id].flat().filter((id): id is string => typeof id === "string")
  try {
    await alertLowStockWorkflow(container).run({ input: { inventory_level_ids: ids } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Low-stock check for ${event.name} ${ids.join(", ")} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_CREATED],
  context: { subscriberId: "low-stock-alerts" },
}
