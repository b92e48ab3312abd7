import { model } from "@medusajs/framework/utils"

/**
 * A reader's stars and words about a book or course they bought. One per
 * reader and product (among reviews not deleted), enforced by PostgreSQL.
 * Staff (or a refund) hide a review rather than delete it: who, when and why
 * stay on the row.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text(),
    /** Always true today (only buyers may review); kept so the mark is data, not an assumption. */
    verified_purchase: model.boolean().default(true),
    status: model.enum(["visible", "hidden"]).default("visible"),
    hidden_reason: model.text().nullable(),
    /** A staff user's id, or "system" when a refund or cancellation hid it. */
    hidden_by: model.text().nullable(),
    hidden_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["customer_id"] },
  ])
  .checks([{ name: "review_rating_range", expression: (columns) => `${columns.rating} BETWEEN 1 AND 5` }])
