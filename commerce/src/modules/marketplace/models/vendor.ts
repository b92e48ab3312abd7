import { model } from "@medusajs/framework/utils"
import { VendorEvent } from "./vendor-event"
import { VendorMember } from "./vendor-member"

export const VENDOR_STATUSES = ["pending", "approved", "rejected", "suspended"] as const

/**
 * A co-author, guest instructor or small press that sells through the shop.
 * Applies as `pending`; staff approve, reject or suspend it, and who did so,
 * when and why stay on the row (the history is in vendor_event). The
 * settlement account is kept whole only for creating the Paystack
 * subaccount and for staff; everyone else sees it masked.
 */
export const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "vnd" }).primaryKey(),
    name: model.text(),
    handle: model.text(),
    bio: model.text().default(""),
    contact_email: model.text(),
    contact_phone: model.text().nullable(),
    status: model.enum([...VENDOR_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    /** The staff user's id who made the last decision. */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The platform's share of each sale, in percent; null: MARKETPLACE_COMMISSION_PERCENT. */
    commission_rate: model.float().nullable(),
    /** Paystack's ACCT_… code, made when the vendor is first approved. */
    paystack_subaccount_code: model.text().nullable(),
    /** Paystack's code for the settlement bank (GET /bank). */
    settlement_bank_code: model.text(),
    /** The 10-digit NUBAN account the vendor is paid into. */
    settlement_account_number: model.text(),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    events: model.hasMany(() => VendorEvent, { mappedBy: "vendor" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "created_at"] },
    // One open application or vendor per email, however many submits race (a rejected applicant may apply again).
    { on: ["contact_email"], unique: true, where: "status IN ('pending', 'approved', 'suspended') AND deleted_at IS NULL" },
  ])
  .checks([
    { name: "vendor_commission_rate_range", expression: (c) => `${c.commission_rate} IS NULL OR (${c.commission_rate} >= 0 AND ${c.commission_rate} <= 100)` },
    { name: "vendor_account_number_nuban", expression: (c) => `${c.settlement_account_number} ~ '^[0-9]{10}$'` },
  ])
