import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"
import { STOCK_ALERTS_MODULE } from "../../../modules/stock-alerts"
import type StockAlertsModuleService from "../../../modules/stock-alerts/service"
import { loadVariantStock } from "../../../workflows/stock-alerts/variant-stock"

/**
 * Stocked variants (print books) below their low-stock threshold, and those
 * with none left, scarcest first; each says when staff were emailed about it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const stock = await loadVariantStock(query, { manage_inventory: true }, env.LOW_STOCK_THRESHOLD)
  const short = stock.filter((v) => v.state !== "ok").sort((a, b) => a.available - b.available || a.product_title.localeCompare(b.product_title))
  const alerts = short.length
    ? await req.scope
        .resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
        .listLowStockAlerts({ variant_id: short.map((v) => v.variant_id), cleared_at: null }, { select: ["variant_id", "crossed_at"] })
    : []
  const alertedAt = new Map(alerts.map((a) => [a.variant_id, a.crossed_at]))
  const present = (v: (typeof short)[number]) => ({ ...v, alerted_at: alertedAt.get(v.variant_id) ?? null })
  res.json({
    default_threshold: env.LOW_STOCK_THRESHOLD,
    out_of_stock: short.filter((v) => v.state === "out").map(present),
    low_stock: short.filter((v) => v.state === "low").map(present),
  })
}
