import { model } from "@medusajs/framework/utils"

/**
 * One fall of a variant below its low-stock threshold: staff are emailed
 * when it is recorded, and it stays open until the variant is back at or
 * above the threshold (`cleared_at`). At most one open alert per variant,
 * enforced by PostgreSQL, so concurrent orders, replayed events and restarts
 * can never email twice for the same fall.
 */
export const LowStockAlert = model
  .define("low_stock_alert", {
    id: model.id({ prefix: "lowstk" }).primaryKey(),
    variant_id: model.text(),
    /** Available when it fell below (stocked less reserved, across locations). */
    available_quantity: model.number(),
    threshold: model.number(),
    crossed_at: model.dateTime(),
    cleared_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "cleared_at IS NULL AND deleted_at IS NULL" },
    { on: ["crossed_at"] },
  ])
