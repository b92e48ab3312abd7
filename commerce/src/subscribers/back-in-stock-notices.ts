import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryEvents } from "@medusajs/framework/utils"
import { STOCK_ALERTS_MODULE } from "../modules/stock-alerts"
import type StockAlertsModuleService from "../modules/stock-alerts/service"
import { notifyRestockedWorkflow } from "../workflows/stock-alerts/notify-restocked"

/**
 * Stock moved (staff restocking, a cancelled order giving its copies back, a
 * new location level): readers waiting for a format that can be bought again
 * get their "it's back" email.
 */
export default async function backInStockNotices({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [event.data.id].flat().filter((id): id is string => typeof id === "string")
  try {
    // Every order moves stock: with no reader waiting (the usual case) there is nothing to look up.
    const [waiting] = await container
      .resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
      .listRestockRequests({ claimed_at: null }, { select: ["id"], take: 1 })
    if (!waiting) return
    await notifyRestockedWorkflow(container).run({ input: { inventory_level_ids: ids } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Back-in-stock emails for ${event.name} ${ids.join(", ")} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_CREATED],
  context: { subscriberId: "back-in-stock-notices" },
}
