import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { LowStockAlert } from "./models/low-stock-alert"

export type StockFall = { variant_id: string; available_quantity: number; threshold: number }

/** Low-stock alerts: opened once per fall below the threshold, cleared when stock is back. */
export default class StockAlertsModuleService extends MedusaService({ LowStockAlert }) {
  /**
   * Opens the variant's alert unless one is open: the id of the new alert,
   * or null. One INSERT decided by the partial unique index, so of two
   * callers at the same moment (two processes, two orders) exactly one wins.
   */
  @InjectManager()
  async openAlert(fall: StockFall, @MedusaContext() context: Context = {}): Promise<string | null> {
    const manager = context.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `INSERT INTO low_stock_alert (id, variant_id, available_quantity, threshold, crossed_at)
       VALUES (?, ?, ?, ?, now())
       ON CONFLICT (variant_id) WHERE cleared_at IS NULL AND deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "lowstk"), fall.variant_id, fall.available_quantity, fall.threshold]
    )
    return rows[0]?.id ?? null
  }

  /** Closes the variant's open alert, if any: stock is back, so the next fall alerts again. */
  @InjectManager()
  async clearAlert(variantId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE low_stock_alert SET cleared_at = now(), updated_at = now()
        WHERE variant_id = ? AND cleared_at IS NULL AND deleted_at IS NULL
        RETURNING id`,
      [variantId]
    )
    return rows.length > 0
  }
}
