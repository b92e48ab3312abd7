import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { enabledGateways } from "../gateways"
import { transactionKey, wasPaid, type CheckedTransaction, type GatewayId, type ShopPayment } from "../types"
import { failRunOnError } from "./run-guard"

export const lookUpGatewayDetailsStepId = "look-up-gateway-details"

type Input = { run_id: string; transactions: CheckedTransaction[]; refunded_transaction_ids: Partial<Record<GatewayId, number[]>>; payments: ShopPayment[] }

/**
 * Completes each gateway's side for the shop's payments: the transaction of
 * an order whose reference was not in the period's list (paid just before
 * it), looked up one by one; and, for every paid transaction that either
 * side has refunded, the total the gateway refunded (failed refunds left
 * out), keyed by transactionKey.
 */
export const lookUpGatewayDetailsStep = createStep(lookUpGatewayDetailsStepId, async (input: Input, { container }) =>
  failRunOnError(container, input.run_id, async () => {
    const byReference = new Map(input.transactions.map((t) => [`${t.provider}:${t.reference}`, t]))
    const refunded: Record<string, number> = {}
    for (const gateway of enabledGateways()) {
      const payments = input.payments.filter((p) => p.provider === gateway.id)
      for (const payment of payments.filter((p) => p.order_id && !byReference.has(`${p.provider}:${p.reference}`))) {
        const found = await gateway.find(payment.reference)
        if (found) byReference.set(`${found.provider}:${found.reference}`, found)
      }
      const refundedThere = new Set(input.refunded_transaction_ids[gateway.id] ?? [])
      for (const payment of payments) {
        const t = byReference.get(`${payment.provider}:${payment.reference}`)
        if (!t || !wasPaid(t) || transactionKey(t) in refunded) continue
        if (t.status !== "reversed" && !refundedThere.has(t.id) && MathBN.eq(payment.refunded, 0)) continue
        refunded[transactionKey(t)] = await gateway.refundedOf(t)
      }
    }
    return new StepResponse({ transactions: [...byReference.values()], refunded })
  })
)
