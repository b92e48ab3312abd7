/** A period of the reconciliation, both ends included, as ISO date-times. */
export type ReconciliationPeriod = { from: string; to: string }

/** What reconciliation keeps of a Paystack transaction. Amounts in subunits (kobo, cents). */
export type CheckedTransaction = {
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
 * A Paystack payment as the shop records it: the Medusa payment (or, before
 * one exists, the payment session) and its order, if any. Amounts are exact
 * decimals in major units, as Medusa keeps them.
 */
export type ShopPayment = {
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

export const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"

/** Paystack transactions that took the shopper's money (a reversed one was paid, then refunded in full). */
export const wasPaid = (t: Pick<CheckedTransaction, "status">) => t.status === "success" || t.status === "reversed"
