import { model } from "@medusajs/framework/utils"

export const PRODUCT_CHANGE_KINDS = ["new", "price_change"] as const
export const PRODUCT_CHANGE_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A vendor's product change that staff decide on: a new product (public
 * only once approved) or a price change beyond
 * MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT (applied only once approved).
 * A change within the threshold is recorded here already approved, with no
 * `decided_by`, so every price a vendor set stays on record.
 * `proposed` and `previous` hold the values, e.g. `{ prices: { [variant_id]: { ngn: 5000 } } }`.
 */
export const ProductChangeRequest = model
  .define("product_change_request", {
    id: model.id({ prefix: "pcr" }).primaryKey(),
    vendor_id: model.text(),
    product_id: model.text(),
    kind: model.enum([...PRODUCT_CHANGE_KINDS]),
    proposed: model.json(),
    previous: model.json().nullable(),
    status: model.enum([...PRODUCT_CHANGE_STATUSES]).default("pending"),
    /** The staff user who decided; null while pending, and for a change within the threshold. */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** Required on a rejection; it is shown to the vendor. */
    reason: model.text().nullable(),
    /** The vendor member who asked. */
    requested_by: model.text().nullable(),
  })
  .indexes([
    { on: ["status", "created_at"] },
    { on: ["vendor_id", "product_id"] },
    // One pending request of a kind per product: a second submit is refused, not queued.
    { on: ["product_id", "kind"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])
