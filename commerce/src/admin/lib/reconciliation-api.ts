import { adminApi } from "./admin-api"
import { friendlyError } from "./friendly-error"

/** Calls to commerce's /admin/reconciliation routes; a failure throws a sentence for staff. */
export const reconciliationApi = <T>(path: string, init: { method?: string; body?: unknown } = {}) =>
  adminApi<T>(`/admin/reconciliation${path}`, init).catch((error: unknown) => {
    throw new Error(friendlyError(error))
  })

export type FindingKind = "paid_without_order" | "order_without_payment" | "amount_mismatch" | "refund_mismatch"

export type ReconciliationRun = {
  id: string
  trigger: "scheduled" | "manual"
  status: "running" | "completed" | "failed"
  period_from: string
  period_to: string
  started_at: string
  finished_at: string | null
  transactions_checked: number
  orders_checked: number
  finding_count: number
  error: string | null
}

export type ReconciliationFinding = {
  id: string
  kind: FindingKind
  message: string
  /** The gateway that took (or should have taken) the money. */
  provider: "paystack" | "flutterwave"
  reference: string | null
  order_id: string | null
  order_display_id: number | null
  /** Major units (naira, dollars), in the currency beside each. */
  gateway_amount: number | null
  gateway_currency: string | null
  shop_amount: number | null
  shop_currency: string | null
  gateway_url: string | null
}

export const GATEWAY_LABELS: Record<ReconciliationFinding["provider"], string> = { paystack: "Paystack", flutterwave: "Flutterwave" }

export const KIND_LABELS: Record<FindingKind, string> = {
  paid_without_order: "Paid, no order",
  order_without_payment: "Order, no payment",
  amount_mismatch: "Amount differs",
  refund_mismatch: "Refunds differ",
}

export const STATUS_LABELS: Record<ReconciliationRun["status"], string> = {
  running: "Running",
  completed: "Completed",
  failed: "Failed",
}
