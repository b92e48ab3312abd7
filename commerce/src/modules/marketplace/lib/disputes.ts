import { MedusaError } from "@medusajs/framework/utils"
import type { DisputeReason, DisputeStatus } from "../models/dispute"

export type DisputeDecision = "refund" | "close"

/** What opening a dispute needs (the workflow has checked the order, the line and the window). */
export type DisputeOpening = {
  order_id: string
  line_item_id: string | null
  vendor_id: string | null
  customer_id: string | null
  email: string
  reason: DisputeReason
  description: string
  currency_code: string
  source: "buyer" | "paystack_chargeback"
  paystack_dispute_id?: string | null
  actor_type: "customer" | "guest" | "paystack"
  actor_id: string | null
  event_data?: Record<string, unknown> | null
}

const DECIDED: DisputeStatus[] = ["refunded", "partially_refunded", "closed"]

/** Whether a dispute can still be opened on an order placed at `placedAt`: within `days` days of it. */
export function withinDisputeWindow(placedAt: Date | string, now: Date, days: number): boolean {
  return now.getTime() - new Date(placedAt).getTime() <= days * 86_400_000
}

/**
 * The outcome of staff's decision on a dispute in `status`: null when it is
 * already decided (a second click, a racing colleague: nothing to do); a
 * refund of `amount` kobo (all that is `refundable` when none is given) is
 * `refunded` when it gives back all of it, `partially_refunded` otherwise.
 * An amount above what is refundable, or nothing left to refund, is a 400
 * that says so.
 */
export function checkDisputeDecision(input: {
  status: DisputeStatus
  decision: DisputeDecision
  amount?: number | null
  refundable: number
}): { status: DisputeStatus; amount: number } | null {
  if (DECIDED.includes(input.status)) return null
  if (input.decision === "close") {
    if (input.amount) throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount is only for a refund: closing refunds nothing")
    return { status: "closed", amount: 0 }
  }
  if (input.refundable <= 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing is left to refund on this line: close the dispute instead")
  const amount = input.amount ?? input.refundable
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount must be a whole number of kobo above 0")
  if (amount > input.refundable) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount must be at most ${input.refundable} (kobo): what is left to refund on this line`)
  }
  return { status: amount === input.refundable ? "refunded" : "partially_refunded", amount }
}

/**
 * What is left to refund on a line of `lineTotal` kobo, given the payment's
 * refunds so far: a refund whose note names the line (`ordli_…`, as the
 * ledger reads it) counts against it, and never more than the payment
 * itself has left. A chargeback (no line) may refund what the payment has left.
 */
export function refundableOnLine(input: {
  line_item_id: string | null
  line_total: number
  paid: number
  refunds: { amount: number; note?: string | null }[]
}): number {
  const refunded = input.refunds.reduce((t, r) => t + r.amount, 0)
  const paymentLeft = Math.max(0, input.paid - refunded)
  if (!input.line_item_id) return paymentLeft
  const onLine = input.refunds.filter((r) => r.note?.includes(input.line_item_id!)).reduce((t, r) => t + r.amount, 0)
  return Math.max(0, Math.min(input.line_total - onLine, paymentLeft))
}

/** Paystack's dispute object as its `charge.dispute.*` webhooks carry it (the fields we read). */
export type PaystackDisputeData = {
  id?: unknown
  refund_amount?: unknown
  currency?: unknown
  status?: unknown
  resolution?: unknown
  category?: unknown
  note?: unknown
  transaction_reference?: unknown
  transaction?: { reference?: unknown; amount?: unknown } | null
  customer?: { email?: unknown } | null
  messages?: { body?: unknown }[] | null
}

/** The parts of a Paystack dispute webhook we act on; null when it names no dispute or no transaction. */
export function readPaystackDispute(data: PaystackDisputeData | null | undefined) {
  if (!data || (typeof data.id !== "number" && typeof data.id !== "string") || String(data.id) === "") return null
  const reference = typeof data.transaction?.reference === "string" ? data.transaction.reference : typeof data.transaction_reference === "string" ? data.transaction_reference : null
  if (!reference) return null
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 2000) : null)
  return {
    paystack_dispute_id: String(data.id),
    reference,
    refund_amount: typeof data.refund_amount === "number" && Number.isSafeInteger(data.refund_amount) ? data.refund_amount : null,
    currency: text(data.currency),
    status: text(data.status),
    resolution: text(data.resolution),
    category: text(data.category),
    message: text(data.note) ?? text(data.messages?.[0]?.body),
  }
}
