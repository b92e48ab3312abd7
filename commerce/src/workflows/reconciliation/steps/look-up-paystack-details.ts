import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { findTransaction, paystackClient } from "../paystack"
import { wasPaid, type CheckedTransaction, type ShopPayment } from "../types"
import { failRunOnError } from "./run-guard"

export const lookUpPaystackDetailsStepId = "look-up-paystack-details"

type Input = { run_id: string; transactions: CheckedTransaction[]; refunded_transaction_ids: number[]; payments: ShopPayment[] }

/**
 * Completes Paystack's side for the shop's payments: the transaction of an
 * order whose reference was not in the period's list (paid just before it),
 * looked up one by one; and, for every paid transaction that either side has
 * refunded, the total Paystack refunded (its failed refunds left out).
 */
export const lookUpPaystackDetailsStep = createStep(lookUpPaystackDetailsStepId, async (input: Input, { container }) =>
  failRunOnError(container, input.run_id, async () => {
    const client = paystackClient()
    const byReference = new Map(input.transactions.map((t) => [t.reference, t]))
    for (const payment of input.payments.filter((p) => p.order_id && !byReference.has(p.reference))) {
      const found = await findTransaction(client, payment.reference)
      if (found) byReference.set(found.reference, found)
    }
    const refundedAtPaystack = new Set(input.refunded_transaction_ids)
    const refunded: Record<string, number> = {}
    for (const payment of input.payments) {
      const t = byReference.get(payment.reference)
      if (!t || !wasPaid(t) || t.id in refunded) continue
      if (t.status !== "reversed" && !refundedAtPaystack.has(t.id) && MathBN.eq(payment.refunded, 0)) continue
      const refunds = await client.listRefunds(t.id)
      refunded[t.id] = refunds.filter((r) => r.status !== "failed").reduce((sum, r) => sum + r.amount, 0)
    }
    return new StepResponse({ transactions: [...byReference.values()], refunded })
  })
)
