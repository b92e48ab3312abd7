import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"
import { STOCK_ALERTS_MODULE } from "../../../modules/stock-alerts"
import type StockAlertsModuleService from "../../../modules/stock-alerts/service"
import { loadVariantStock, type VariantStock } from "../variant-stock"

export const recordStockFallsStepId = "record-stock-falls"

export type OpenedAlert = VariantStock & { alert_id: string }

/**
 * Reads each variant's stock as it is now and opens its low-stock alert when
 * it is below its threshold (unless open already), or clears it when it is
 * back. Per variant under a lock, so events handled out of order still leave
 * the alert matching the last stock read; the unique index makes sure two
 * processes without a shared lock open one alert. Only the alerts this run
 * opened are returned (to email), and withdrawn if the email fails, so that
 * the next stock change tries again.
 */
export const recordStockFallsStep = createStep(
  recordStockFallsStepId,
  async (variantIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const locking = container.resolve(Modules.LOCKING)
    const alerts = container.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
    const opened: OpenedAlert[] = []
    for (const variantId of variantIds) {
      await locking.execute(`low-stock:${variantId}`, async () => {
        const [stock] = await loadVariantStock(query, { id: variantId }, env.LOW_STOCK_THRESHOLD)
        if (!stock) return
        if (stock.available >= stock.threshold) return void (await alerts.clearAlert(variantId))
        const alertId = await alerts.openAlert({ variant_id: variantId, available_quantity: stock.available, threshold: stock.threshold })
        if (alertId) opened.push({ ...stock, alert_id: alertId })
      })
    }
    return new StepResponse(opened, opened.map((a) => a.alert_id))
  },
  async (alertIds, { container }) => {
    if (!alertIds?.length) return
    await container.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE).deleteLowStockAlerts(alertIds)
  }
)
