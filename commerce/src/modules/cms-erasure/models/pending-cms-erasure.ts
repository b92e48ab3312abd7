import { model } from "@medusajs/framework/utils"

/**
 * An account deleted at the shop whose data in the cms (RSVPs, calendar
 * feed, newsletter subscription) is still to be erased: the cms has not yet
 * confirmed it. The address is kept only until then (the cms finds the
 * newsletter subscription by it); the row is deleted, not soft-deleted, the
 * moment the cms answers.
 */
export const PendingCmsErasure = model
  .define("pending_cms_erasure", {
    id: model.id({ prefix: "cmser" }).primaryKey(),
    customer_id: model.text(),
    email: model.text().nullable(),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["next_attempt_at"], where: "deleted_at IS NULL" },
  ])
