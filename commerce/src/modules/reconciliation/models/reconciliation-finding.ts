import { model } from "@medusajs/framework/utils"
import { ReconciliationRun } from "./reconciliation-run"

export const FINDING_KINDS = ["paid_without_order", "order_without_payment", "amount_mismatch", "refund_mismatch"] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/**
 * One disagreement between a payment gateway (Paystack, Flutterwave) and
 * the shop, named by the gateway, its reference (Flutterwave's tx_ref) and,
 * when there is one, the order. Amounts are in major units (naira,
 * dollars): the amount paid, or for a refund mismatch the amount refunded,
 * as each side records it.
 */
export const ReconciliationFinding = model
  .define("reconciliation_finding", {
    id: model.id({ prefix: "recfnd" }).primaryKey(),
    kind: model.enum([...FINDING_KINDS]),
    message: model.text(),
    provider: model.enum(["paystack", "flutterwave"]).default("paystack"),
    reference: model.text().nullable(),
    /** The gateway's transaction id: larger than a PostgreSQL integer, so kept as text. */
    gateway_transaction_id: model.text().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    gateway_amount: model.bigNumber().nullable(),
    gateway_currency: model.text().nullable(),
    shop_amount: model.bigNumber().nullable(),
    shop_currency: model.text().nullable(),
    run: model.belongsTo(() => ReconciliationRun, { mappedBy: "findings" }),
  })
  .indexes([{ on: ["order_id"] }, { on: ["reference"] }, { on: ["kind"] }, { on: ["provider"] }])
