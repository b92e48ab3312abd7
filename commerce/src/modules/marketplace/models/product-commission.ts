import { model } from "@medusajs/framework/utils"

/**
 * Staff's commission for one vendor product, in percent (two decimals at
 * most), in force over the vendor's `commission_rate` and
 * MARKETPLACE_COMMISSION_PERCENT for that product's lines. A row per
 * product; clearing the override deletes it.
 */
export const ProductCommission = model
  .define("product_commission", {
    id: model.id({ prefix: "pcom" }).primaryKey(),
    product_id: model.text(),
    rate: model.float(),
    /** The staff user who set it last. */
    set_by: model.text(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([{ name: "product_commission_rate_range", expression: (c) => `${c.rate} >= 0 AND ${c.rate} <= 100` }])
