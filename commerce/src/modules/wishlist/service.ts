import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { WishlistItem } from "./models/wishlist-item"

/** How many books and courses one reader can keep saved. */
export const WISHLIST_LIMIT = 200

export class WishlistFullError extends Error {}

/** Readers' saved books and courses. */
export default class WishlistModuleService extends MedusaService({ WishlistItem }) {
  /**
   * Saves products for the customer (those already saved stay as they were)
   * and answers the ids newly added. Refuses, adding none, when the list
   * would hold more than WISHLIST_LIMIT; under a per-customer transaction
   * lock, so two tabs merging at once cannot pass the limit together.
   */
  @InjectManager()
  async saveProducts(customerId: string, productIds: string[], @MedusaContext() context: Context = {}): Promise<string[]> {
    const manager = context.manager as SqlEntityManager
    const ids = [...new Set(productIds)]
    if (!ids.length) return []
    return await manager.transactional(async (tx) => {
      await tx.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`wishlist:${customerId}`])
      const held: { product_id: string }[] = await tx.execute(
        `SELECT product_id FROM wishlist_item WHERE customer_id = ? AND deleted_at IS NULL`,
        [customerId]
      )
      const saved = new Set(held.map((row) => row.product_id))
      const fresh = ids.filter((id) => !saved.has(id))
      if (saved.size + fresh.length > WISHLIST_LIMIT) {
        throw new WishlistFullError(`A wishlist holds at most ${WISHLIST_LIMIT} books and courses: remove some to save more`)
      }
      if (!fresh.length) return []
      const values = fresh.map(() => "(?, ?, ?)").join(", ")
      const rows: { product_id: string }[] = await tx.execute(
        `INSERT INTO wishlist_item (id, customer_id, product_id) VALUES ${values}
         ON CONFLICT (customer_id, product_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING product_id`,
        fresh.flatMap((productId) => [generateEntityId(undefined, "wish"), customerId, productId])
      )
      return rows.map((row) => row.product_id)
    })
  }

  /** Takes a product off the customer's list: true when it was on it. */
  @InjectManager()
  async unsaveProduct(customerId: string, productId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlEntityManager
    const rows = await manager.execute(
      `DELETE FROM wishlist_item WHERE customer_id = ? AND product_id = ? AND deleted_at IS NULL RETURNING id`,
      [customerId, productId]
    )
    return rows.length > 0
  }
}
