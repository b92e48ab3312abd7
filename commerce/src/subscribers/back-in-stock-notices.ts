import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryEvents } from "@medusajs/framework/utils"
import { notifyRestockedWorkflow } from "../workflows/stock-alerts/notify-restocked"

/**
 * Stock moved (staff restocking, a cancelled order giving its copies back, a
 * new location level): readers waiting for a format that can be bought again
 * get their "it's back" email.
 */
export default async function backInStockNotices({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [event.data.id].flat().filter((id): id is string => typeof id === "string")
  try {
    await notifyRestockedWorkflow(container).run({ input: { inventory_level_ids: ids } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Back-in-stock emails for ${event.name} ${ids.join(", ")} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_CREATED],
  context: { subscriberId: "back-in-stock-notices" },
}
