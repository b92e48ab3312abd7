import { model } from "@medusajs/framework/utils"

/**
 * A book or course a reader saved for later. One row per reader and product,
 * enforced by PostgreSQL, so saving twice (or merging the browser's list on
 * sign-in while another tab saves) keeps one.
 */
export const WishlistItem = model
  .define("wishlist_item", {
    id: model.id({ prefix: "wish" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" }])
