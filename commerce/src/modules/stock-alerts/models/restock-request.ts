import { model } from "@medusajs/framework/utils"

/**
 * A reader waiting for a sold-out print format ("Email me when it's back"):
 * one email when the variant can be bought again, then the request is gone.
 * At most one waiting request per variant and address, enforced by
 * PostgreSQL, so asking twice (or two tabs at once) still sends one email.
 * `claimed_at` is set by the run that sends it, so two processes handling
 * the same restock never both email.
 */
export const RestockRequest = model
  .define("restock_request", {
    id: model.id({ prefix: "rstk" }).primaryKey(),
    variant_id: model.text(),
    /** Lower-cased. */
    email: model.text(),
    /** The signed-in customer who asked, if any. */
    customer_id: model.text().nullable(),
    /** The storefront country the reader asked from: the email links the book there. */
    country_code: model.text(),
    claimed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"], where: "claimed_at IS NULL AND deleted_at IS NULL" },
  ])
