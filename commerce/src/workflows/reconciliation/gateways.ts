import { MedusaError } from "@medusajs/framework/utils"
import { env, flutterwaveEnabled } from "../../lib/env"
import { FlutterwaveClient, type FlutterwaveTransaction } from "../../modules/flutterwave/client"
import { sessionIdOfTxRef } from "../../modules/flutterwave/webhook"
import { PaystackClient, type PaystackTransaction } from "../../modules/paystack/client"
import { metadataSessionId } from "../../modules/paystack/webhook"
import { toMinor } from "./minor-units"
import type { CheckedTransaction, GatewayId, ReconciliationPeriod } from "./types"

/** What a gateway saw in a period: its transactions, and the ids of those refunded in it. */
export type GatewayActivity = { transactions: CheckedTransaction[]; refunded_transaction_ids: number[] }

/**
 * One gateway as reconciliation reads it: the same four questions asked of
 * Paystack and of Flutterwave, answered in one shape.
 */
export type Gateway = {
  id: GatewayId
  /** Every transaction made in the period, and every refund made in it with the transactions they belong to. */
  activity(period: ReconciliationPeriod): Promise<GatewayActivity>
  /** The transaction of one of the shop's references, or null when the gateway does not know it (unreachable still throws). */
  find(reference: string): Promise<CheckedTransaction | null>
  /** Minor units refunded of a transaction, its failed refunds left out. */
  refundedOf(transaction: CheckedTransaction): Promise<number>
}

const within = (at: string | null | undefined, period: ReconciliationPeriod) => {
  if (!at) return false
  const t = new Date(at).getTime()
  return t >= new Date(period.from).getTime() && t <= new Date(period.to).getTime()
}

const paystackTransaction = (t: PaystackTransaction): CheckedTransaction => ({
  provider: "paystack",
  id: t.id,
  reference: t.reference,
  status: t.status,
  amount: t.amount,
  currency: t.currency.toUpperCase(),
  paid_at: t.paid_at ?? null,
  session_id: metadataSessionId(t.metadata),
})

function paystackGateway(): Gateway {
  const client = new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS)
  return {
    id: "paystack",
    async activity(period) {
      const range = { from: new Date(period.from), to: new Date(period.to) }
      const [listed, refunds] = await Promise.all([client.listTransactions(range), client.listRefundsMade(range)])
      const transactions = new Map<number, CheckedTransaction>(listed.map((t) => [t.id, paystackTransaction(t)]))
      const refundedIds = [...new Set(refunds.map((r) => (typeof r.transaction === "object" ? r.transaction.id : r.transaction)))].filter(
        (id): id is number => typeof id === "number"
      )
      for (const id of refundedIds.filter((id) => !transactions.has(id))) {
        transactions.set(id, paystackTransaction(await client.fetchTransaction(id)))
      }
      return { transactions: [...transactions.values()], refunded_transaction_ids: refundedIds }
    },
    async find(reference) {
      try {
        return paystackTransaction(await client.verifyTransaction(reference))
      } catch (error) {
        if ((error as MedusaError).type === MedusaError.Types.INVALID_DATA) return null
        throw error
      }
    },
    async refundedOf(transaction) {
      const refunds = await client.listRefunds(transaction.id)
      return refunds.filter((r) => r.status !== "failed").reduce((sum, r) => sum + r.amount, 0)
    },
  }
}

/**
 * Flutterwave's charges in Paystack's terms: amounts from major to minor
 * units, "successful" as "success"; its tx_ref names the shop's session.
 * Flutterwave keeps calling a refunded charge successful, so refunds are
 * read from its refunds list.
 */
const flutterwaveTransaction = (t: FlutterwaveTransaction): CheckedTransaction => ({
  provider: "flutterwave",
  id: t.id,
  reference: t.tx_ref,
  status: t.status === "successful" ? "success" : t.status,
  amount: toMinor(t.amount, t.currency),
  currency: t.currency.toUpperCase(),
  paid_at: t.status === "successful" ? (t.created_at ?? null) : null,
  session_id: sessionIdOfTxRef(t.tx_ref),
})

function flutterwaveGateway(): Gateway {
  const client = new FlutterwaveClient(env.FLUTTERWAVE_SECRET_KEY!, env.FLUTTERWAVE_API_URL, env.FLUTTERWAVE_TIMEOUT_MS)
  // Flutterwave lists whole days; a refund's total needs its list, read once a run.
  let refundsSince: { from: number; refunds: Awaited<ReturnType<FlutterwaveClient["listRefunds"]>> } | null = null
  const refundsFrom = async (from: Date) => {
    if (!refundsSince || refundsSince.from > from.getTime()) {
      refundsSince = { from: from.getTime(), refunds: await client.listRefunds({ from, to: new Date(Date.now() + 86_400_000) }) }
    }
    return refundsSince.refunds
  }
  return {
    id: "flutterwave",
    async activity(period) {
      const range = { from: new Date(period.from), to: new Date(period.to) }
      const [listed, refunds] = await Promise.all([client.listTransactions(range), client.listRefunds(range)])
      // Flutterwave answers whole days: only what falls inside the period counts.
      const transactions = new Map<number, CheckedTransaction>(
        listed.filter((t) => within(t.created_at, period)).map((t) => [t.id, flutterwaveTransaction(t)])
      )
      const refundedIds = [...new Set(refunds.filter((r) => within(r.created_at, period)).map((r) => r.tx_id))]
      for (const id of refundedIds.filter((id) => !transactions.has(id))) {
        transactions.set(id, flutterwaveTransaction(listed.find((t) => t.id === id) ?? (await client.verifyById(id))))
      }
      return { transactions: [...transactions.values()], refunded_transaction_ids: refundedIds }
    },
    async find(reference) {
      const found = await client.verifyByReference(reference)
      return found ? flutterwaveTransaction(found) : null
    },
    async refundedOf(transaction) {
      const from = transaction.paid_at ? new Date(transaction.paid_at) : new Date(Date.now() - 366 * 86_400_000)
      const refunds = await refundsFrom(from)
      return refunds
        .filter((r) => r.tx_id === transaction.id && r.status !== "failed")
        .reduce((sum, r) => sum + toMinor(r.amount_refunded, transaction.currency), 0)
    },
  }
}

/** The gateways this shop takes money through: Paystack always, Flutterwave when configured. */
export const enabledGateways = (): Gateway[] => [paystackGateway(), ...(flutterwaveEnabled() ? [flutterwaveGateway()] : [])]
