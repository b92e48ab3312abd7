import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

export const VENDOR_EVENT_TYPES = ["applied", "approved", "rejected", "suspended", "invited", "joined", "ebook_file_set", "ebook_file_removed"] as const

/**
 * What was done to a vendor, by whom and when: never changed once written.
 * `actor_type` says whose id `actor_id` is: a staff `user`, a `vendor`
 * member, or the `applicant` (no account yet).
 */
export const VendorEvent = model
  .define("vendor_event", {
    id: model.id({ prefix: "vevt" }).primaryKey(),
    type: model.enum([...VENDOR_EVENT_TYPES]),
    actor_type: model.enum(["user", "vendor", "applicant"]),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    data: model.json().nullable(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "events" }),
  })
  .indexes([{ on: ["vendor_id", "created_at"] }])
