import { env } from "../../../lib/env"
import { adminUrl } from "../../../workflows/staff-alerts/admin-url"

type StoredFinding = { order_id: string | null; provider?: string | null; gateway_transaction_id: string | null } & Record<string, unknown>

const onPaystack = () => /^https:\/\/api\.paystack\.co$/.test(env.PAYSTACK_API_URL)

/**
 * A finding with where to look: the order in this admin, and a Paystack
 * transaction on Paystack's dashboard (real Paystack only). Flutterwave's
 * dashboard has no stable link by transaction id, so its reference is shown
 * to search for there.
 */
export const presentFinding = (finding: StoredFinding) => ({
  ...finding,
  order_url: finding.order_id ? adminUrl(`/orders/${finding.order_id}`) : null,
  gateway_url:
    finding.provider === "paystack" && finding.gateway_transaction_id && onPaystack()
      ? `https://dashboard.paystack.com/#/transactions/${encodeURIComponent(finding.gateway_transaction_id)}/analytics`
      : null,
})

export const RUN_FIELDS = [
  "id",
  "trigger",
  "status",
  "period_from",
  "period_to",
  "started_by",
  "started_at",
  "finished_at",
  "transactions_checked",
  "orders_checked",
  "finding_count",
  "error",
] as const

export const FINDING_FIELDS = [
  "id",
  "kind",
  "message",
  "provider",
  "reference",
  "gateway_transaction_id",
  "order_id",
  "order_display_id",
  "gateway_amount",
  "gateway_currency",
  "shop_amount",
  "shop_currency",
  "created_at",
] as const
