import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Review } from "./models/review"

/** A product's visible reviews in one figure: the mean to one decimal (null with none) and how many. */
export type RatingSummary = { average: number | null; count: number }

/** Readers' reviews of books and courses. */
export default class ReviewsModuleService extends MedusaService({ Review }) {
  /** The rating summary of each product named (products without visible reviews answer count 0). */
  @InjectManager()
  async summarizeRatings(productIds: string[], @MedusaContext() context: Context = {}): Promise<Record<string, RatingSummary>> {
    const ids = [...new Set(productIds)]
    const summaries: Record<string, RatingSummary> = Object.fromEntries(ids.map((id) => [id, { average: null, count: 0 }]))
    if (!ids.length) return summaries
    const manager = context.manager as SqlEntityManager
    const rows: { product_id: string; average: string; count: string }[] = await manager.execute(
      `SELECT product_id, ROUND(AVG(rating)::numeric, 1) AS average, COUNT(*) AS count
         FROM review
        WHERE product_id IN (${ids.map(() => "?").join(", ")}) AND status = 'visible' AND deleted_at IS NULL
        GROUP BY product_id`,
      ids
    )
    for (const row of rows) summaries[row.product_id] = { average: Number(row.average), count: Number(row.count) }
    return summaries
  }
}
