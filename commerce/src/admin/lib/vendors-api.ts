import { adminApi } from "./admin-api"
import { humanMessage } from "./community-api"

export type AdminVendor = {
  id: string
  name: string
  handle: string
  bio: string
  contact_email: string
  contact_phone: string | null
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
  decided_by: string | null
  decided_at: string | null
  effective_commission_rate: number
  paystack_subaccount_code: string | null
  settlement_bank_code: string
  settlement_account_number: string
  created_at: string
  members: { id: string; email: string; role: "owner" | "member"; joined: boolean }[]
}

/** Calls to commerce's /admin/vendors routes; a refusal throws commerce's message, worded for people. */
export const vendorsApi = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  try {
    return await adminApi<T>(`/admin/vendors${path}`, init)
  } catch (error) {
    throw new Error(humanMessage(error))
  }
}
