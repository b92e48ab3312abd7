import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkedTransaction, paystackClient } from "../paystack"
import type { CheckedTransaction, ReconciliationPeriod } from "../types"
import { failRunOnError } from "./run-guard"

export const listPaystackActivityStepId = "list-paystack-activity"

/**
 * What Paystack saw in the period: every transaction made in it, and every
 * refund made in it, with the transactions those refunds belong to (made in
 * the period or before).
 */
export const listPaystackActivityStep = createStep(
  listPaystackActivityStepId,
  async ({ run_id, period }: { run_id: string; period: ReconciliationPeriod }, { container }) =>
    failRunOnError(container, run_id, async () => {
      const client = paystackClient()
      const range = { from: new Date(period.from), to: new Date(period.to) }
      const [listed, refunds] = await Promise.all([client.listTransactions(range), client.listRefundsMade(range)])
      const transactions = new Map<number, CheckedTransaction>(listed.map((t) => [t.id, checkedTransaction(t)]))
      const refundedIds = [...new Set(refunds.map((r) => (typeof r.transaction === "object" ? r.transaction.id : r.transaction)))].filter(
        (id): id is number => typeof id === "number"
      )
      for (const id of refundedIds.filter((id) => !transactions.has(id))) {
        transactions.set(id, checkedTransaction(await client.fetchTransaction(id)))
      }
      return new StepResponse({ transactions: [...transactions.values()], refunded_transaction_ids: refundedIds })
    })
)
