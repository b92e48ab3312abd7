import { model } from "@medusajs/framework/utils"
import { ReconciliationFinding } from "./reconciliation-finding"

/**
 * One comparison of Paystack's transactions and refunds with the shop's
 * payments, orders and refunds over a period. Only one runs at a time: the
 * partial unique index allows a single `running` row.
 */
export const ReconciliationRun = model
  .define("reconciliation_run", {
    id: model.id({ prefix: "recrun" }).primaryKey(),
    trigger: model.enum(["scheduled", "manual"]),
    status: model.enum(["running", "completed", "failed"]).default("running"),
    period_from: model.dateTime(),
    period_to: model.dateTime(),
    /** The staff user who pressed "Run now"; null for the daily job. */
    started_by: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    transactions_checked: model.number().default(0),
    orders_checked: model.number().default(0),
    finding_count: model.number().default(0),
    /** Why a failed run stopped (Paystack unreachable, ...). */
    error: model.text().nullable(),
    findings: model.hasMany(() => ReconciliationFinding, { mappedBy: "run" }),
  })
  .indexes([
    { on: ["status"], unique: true, where: "status = 'running' AND deleted_at IS NULL" },
    { on: ["started_at"] },
  ])
