/** A period of the reconciliation, both ends included, as ISO date-times. */
export type ReconciliationPeriod = { from: string; to: string }

/** The gateways the shop takes money through. */
export type GatewayId = "paystack" | "flutterwave"

export const GATEWAY_LABELS: Record<GatewayId, string> = { paystack: "Paystack", flutterwave: "Flutterwave" }

/**
 * What reconciliation keeps of a gateway's transaction (a Paystack
 * transaction, a Flutterwave charge). Amounts in the currency's minor unit
 * (kobo, cents), whatever unit the gateway speaks; statuses as Paystack
 * names them (a Flutterwave "successful" charge is "success").
 */
export type CheckedTransaction = {
  provider: GatewayId
  id: number
  reference: string
  status: string
  amount: number
  currency: string
  paid_at: string | null
  /** The shop's payment session that started it (from its metadata), if any. */
  session_id: string | null
}

/**
 * A gateway's payment as the shop records it: the Medusa payment (or, before
 * one exists, the payment session) and its order, if any. Amounts are exact
 * decimals in major units, as Medusa keeps them.
 */
export type ShopPayment = {
  provider: GatewayId
  /** Paystack's reference, or Flutterwave's tx_ref: both of the shop's own making. */
  reference: string
  session_id: string | null
  payment_id: string | null
  order_id: string | null
  order_display_id: number | null
  amount: string
  currency_code: string
  /** Refunded so far, by Medusa's refunds of the payment. */
  refunded: string
}

export const PROVIDER_IDS: Record<GatewayId, string> = { paystack: "pp_paystack_paystack", flutterwave: "pp_flutterwave_flutterwave" }
export const gatewayOf = (providerId: string): GatewayId | null =>
  (Object.entries(PROVIDER_IDS).find(([, id]) => id === providerId)?.[0] as GatewayId | undefined) ?? null

/** Transactions that took the shopper's money (a reversed one was paid, then refunded in full). */
export const wasPaid = (t: Pick<CheckedTransaction, "status">) => t.status === "success" || t.status === "reversed"

/** A transaction's key among every gateway's: ids are only unique within one. */
export const transactionKey = (t: Pick<CheckedTransaction, "provider" | "id">) => `${t.provider}:${t.id}`
