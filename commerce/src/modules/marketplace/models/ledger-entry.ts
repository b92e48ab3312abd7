import { model } from "@medusajs/framework/utils"

export const LEDGER_ENTRY_TYPES = ["sale", "commission", "fee", "refund_clawback", "adjustment"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

/**
 * One movement of a vendor's money, never changed once written: a sale of
 * one of its order lines (+), the platform's commission on it (−), the
 * Paystack fee it bore (−), a refund taking back its share (−), or a staff
 * adjustment (±). `amount` is in the currency's subunit (kobo). Each entry
 * has an idempotency key (line and type, and the refund for a clawback), so
 * a retried subscriber or a repeated webhook writes nothing twice. A
 * vendor's balance is the sum of its entries.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "led" }).primaryKey(),
    vendor_id: model.text(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    amount: model.number(),
    currency_code: model.text(),
    /** The refund a clawback answers, or who made an adjustment. */
    reference: model.text().nullable(),
    /** Why staff made an adjustment (shown to the vendor). */
    note: model.text().nullable(),
    idempotency_key: model.text(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["vendor_id", "created_at"] },
    { on: ["order_id"] },
  ])
