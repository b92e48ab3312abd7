import { adminApi } from "./admin-api"
import { humanMessage } from "./community-api"

export type DisputeStatus = "open" | "vendor_answered" | "refunded" | "partially_refunded" | "closed"

export type AdminDispute = {
  id: string
  order_id: string
  order_display_id: number | null
  line_item_id: string | null
  line_title: string | null
  line_total: number | null
  vendor: { id: string; name: string | null } | null
  reason: "not_received" | "damaged" | "not_as_described" | "chargeback"
  description: string
  status: DisputeStatus
  currency_code: string
  refunded_amount: number
  source: "buyer" | "paystack_chargeback"
  email: string
  paystack_dispute_id: string | null
  paystack_resolution: string | null
  created_at: string
  events: { id: string; type: string; actor_type: string; actor_id: string | null; message: string | null; amount: number | null; created_at: string }[]
}

/** Calls to commerce's /admin/marketplace/disputes routes; a refusal throws commerce's message, worded for people. */
export const disputesApi = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  try {
    return await adminApi<T>(`/admin/marketplace/disputes${path}`, init)
  } catch (error) {
    throw new Error(humanMessage(error))
  }
}

/** Kobo as staff read money: ₦2,500.00. */
export const formatKobo = (kobo: number, currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase(), currencyDisplay: "narrowSymbol" }).format(kobo / 100)
