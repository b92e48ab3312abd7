import { model } from "@medusajs/framework/utils"
import { Dispute } from "./dispute"

export const DISPUTE_EVENT_TYPES = ["opened", "vendor_answered", "staff_decided", "note"] as const
export const DISPUTE_ACTOR_TYPES = ["customer", "guest", "vendor", "user", "paystack"] as const

/**
 * A step of a dispute, never changed once written: who (`actor_type`: the
 * buyer, a vendor member, a staff `user`, or `paystack`; `actor_id` their
 * id), what they said, when. `data` holds a decision's outcome
 * (`{ decision, amount }`) or Paystack's statuses.
 */
export const DisputeEvent = model
  .define("dispute_event", {
    id: model.id({ prefix: "devt" }).primaryKey(),
    type: model.enum([...DISPUTE_EVENT_TYPES]),
    actor_type: model.enum([...DISPUTE_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    message: model.text().nullable(),
    data: model.json().nullable(),
    dispute: model.belongsTo(() => Dispute, { mappedBy: "events" }),
  })
  .indexes([{ on: ["dispute_id", "created_at"] }])
