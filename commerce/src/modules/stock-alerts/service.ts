import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { LowStockAlert } from "./models/low-stock-alert"
import { RestockRequest } from "./models/restock-request"

/** One bound parameter per value (the driver expands no arrays). */
const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")

export type RestockAsk = { variant_id: string; email: string; customer_id: string | null; country_code: string }
export type ClaimedRestockRequest = { id: string; variant_id: string; email: string; country_code: string; claimed_at: Date }

export type StockFall = { variant_id: string; available_quantity: number; threshold: number }

/**
 * Low-stock alerts (staff: opened once per fall below the threshold, cleared
 * when stock is back) and restock requests (readers: one email when a
 * sold-out format is back).
 */
export default class StockAlertsModuleService extends MedusaService({ LowStockAlert, RestockRequest }) {
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

  /**
   * Records that `ask.email` waits for the variant; asking again while
   * waiting changes nothing. True when this call added the request.
   */
  @InjectManager()
  async requestRestockNotice(ask: RestockAsk, @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `INSERT INTO restock_request (id, variant_id, email, customer_id, country_code)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (variant_id, email) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "rstk"), ask.variant_id, ask.email.toLowerCase(), ask.customer_id, ask.country_code]
    )
    return rows.length > 0
  }

  /** Of these variants, the ones someone is waiting for (unclaimed requests). */
  @InjectManager()
  async variantsAwaitingRestock(variantIds: string[], @MedusaContext() context: Context = {}): Promise<string[]> {
    if (!variantIds.length) return []
    const manager = context.manager as SqlEntityManager
    const rows: { variant_id: string }[] = await manager.execute(
      `SELECT DISTINCT variant_id FROM restock_request
        WHERE variant_id IN (${placeholders(variantIds)}) AND claimed_at IS NULL AND deleted_at IS NULL`,
      variantIds
    )
    return rows.map((row) => row.variant_id)
  }

  /**
   * Takes the waiting requests of these variants for this run to email: one
   * UPDATE, so of two runs at once each request goes to exactly one.
   */
  @InjectManager()
  async claimRestockRequests(variantIds: string[], @MedusaContext() context: Context = {}): Promise<ClaimedRestockRequest[]> {
    if (!variantIds.length) return []
    const manager = context.manager as SqlEntityManager
    return await manager.execute(
      `UPDATE restock_request SET claimed_at = now(), updated_at = now()
        WHERE variant_id IN (${placeholders(variantIds)}) AND claimed_at IS NULL AND deleted_at IS NULL
        RETURNING id, variant_id, email, country_code, claimed_at`,
      variantIds
    )
  }

  /** Gives claimed requests back (their email could not be handed over): the next restock tries again. */
  @InjectManager()
  async releaseRestockRequests(ids: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!ids.length) return
    const manager = context.manager as SqlEntityManager
    await manager.execute(`UPDATE restock_request SET claimed_at = NULL, updated_at = now() WHERE id IN (${placeholders(ids)}) AND deleted_at IS NULL`, ids)
  }
}
