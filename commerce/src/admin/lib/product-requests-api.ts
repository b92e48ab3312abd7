import { adminApi } from "./admin-api"
import { humanMessage } from "./community-api"

type Prices = Record<string, number>

export type AdminProductRequest = {
  id: string
  kind: "new" | "price_change"
  status: "pending" | "approved" | "rejected"
  vendor: { id: string; name: string | null }
  product: { id: string; title: string; subtitle: string | null; description: string | null; status: string; handle: string; variants: { id: string; title: string; prices: Prices }[] } | null
  proposed: { prices?: Record<string, Prices> } & Record<string, unknown>
  previous: { prices?: Record<string, Prices> } | null
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  created_at: string
}

/** Calls to commerce's /admin/marketplace/product-requests routes; a refusal throws commerce's message, worded for people. */
export const productRequestsApi = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  try {
    return await adminApi<T>(`/admin/marketplace/product-requests${path}`, init)
  } catch (error) {
    throw new Error(humanMessage(error))
  }
}
