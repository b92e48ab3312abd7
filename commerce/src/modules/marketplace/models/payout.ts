import { model } from "@medusajs/framework/utils"

export const PAYOUT_STATUSES = ["settled", "owed_by_vendor"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/**
 * Staff's statement of what a vendor was paid for a period, in one currency.
 * Paystack already settled each sale's share into the vendor's subaccount
 * when the buyer paid, so a payout moves no money and writes no ledger
 * entry: its `amount` is the net of the vendor's ledger entries made in the
 * period (local dates, both included), computed when staff record it.
 * `settled` when that is zero or more (Paystack paid it); `owed_by_vendor`
 * when clawbacks and adjustments came to more than the period's sales (the
 * vendor owes the shop that much). Periods of one vendor and currency never
 * overlap, so no entry is in two statements.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "vpay" }).primaryKey(),
    vendor_id: model.text(),
    /** First and last local day (Africa/Lagos) covered, YYYY-MM-DD. */
    period_from: model.text(),
    period_to: model.text(),
    currency_code: model.text(),
    /** Subunits (kobo), signed: the net of the period's entries. */
    amount: model.number(),
    status: model.enum([...PAYOUT_STATUSES]),
    /** Staff's note of the settlement (a Paystack settlement id, a transfer reference). */
    reference: model.text().nullable(),
    /** The staff user who recorded it. */
    created_by: model.text(),
  })
  .indexes([{ on: ["vendor_id", "currency_code", "period_from"] }])
  .checks([{ name: "payout_period_order", expression: (c) => `${c.period_from} <= ${c.period_to}` }])
