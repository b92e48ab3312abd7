import { model } from "@medusajs/framework/utils"
import { DisputeEvent } from "./dispute-event"

export const DISPUTE_REASONS = ["not_received", "damaged", "not_as_described", "chargeback"] as const
/** What a buyer may choose; `chargeback` is only ever Paystack's. */
export const BUYER_DISPUTE_REASONS = ["not_received", "damaged", "not_as_described"] as const
export const DISPUTE_STATUSES = ["open", "vendor_answered", "refunded", "partially_refunded", "closed"] as const
/** A dispute in one of these still waits for staff: one such per order line. */
export const OPEN_DISPUTE_STATUSES = ["open", "vendor_answered"] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/**
 * A buyer's complaint about one order line (or a Paystack chargeback on the
 * whole order: `line_item_id` null), which the line's vendor answers and
 * staff decide: refund all or part of it, or close it. `vendor_id` is null
 * for the shop's own line. `refunded_amount` is in the currency's subunit
 * (kobo). The history is in dispute_event.
 */
export const Dispute = model
  .define("dispute", {
    id: model.id({ prefix: "dsp" }).primaryKey(),
    order_id: model.text(),
    /** Null: a chargeback, on the whole order. */
    line_item_id: model.text().nullable(),
    vendor_id: model.text().nullable(),
    /** The signed-in buyer; null for a guest's order (then `email` is theirs). */
    customer_id: model.text().nullable(),
    email: model.text(),
    reason: model.enum([...DISPUTE_REASONS]),
    /** Plain text: markup is stripped when it is opened. */
    description: model.text().default(""),
    status: model.enum([...DISPUTE_STATUSES]).default("open"),
    currency_code: model.text(),
    refunded_amount: model.number().default(0),
    source: model.enum(["buyer", "paystack_chargeback"]).default("buyer"),
    /** Paystack's dispute id (a chargeback): a repeated webhook finds it here. */
    paystack_dispute_id: model.text().nullable(),
    /** Paystack's resolution once `charge.dispute.resolve` arrives (merchant-accepted, declined…). */
    paystack_resolution: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    events: model.hasMany(() => DisputeEvent, { mappedBy: "dispute" }),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["vendor_id", "created_at"] },
    { on: ["status", "created_at"] },
    // One undecided dispute per line, however many clicks or requests race.
    { on: ["line_item_id"], unique: true, where: "status IN ('open', 'vendor_answered') AND line_item_id IS NOT NULL AND deleted_at IS NULL" },
    // One dispute per Paystack dispute, however often its webhook is delivered.
    { on: ["paystack_dispute_id"], unique: true, where: "paystack_dispute_id IS NOT NULL AND deleted_at IS NULL" },
  ])
  .checks([{ name: "dispute_refunded_amount_positive", expression: (c) => `${c.refunded_amount} >= 0` }])
