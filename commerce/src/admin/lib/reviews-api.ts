import { adminApi } from "./admin-api"
import { humanMessage } from "./community-api"

export type AdminReview = {
  id: string
  rating: number
  title: string | null
  body: string
  status: "visible" | "hidden"
  hidden_reason: string | null
  hidden_by: string | null
  hidden_by_email: string | null
  hidden_at: string | null
  created_at: string
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  product: { id: string; title: string; handle: string } | null
}

/** Calls to commerce's /admin/reviews routes; a refusal throws commerce's message, worded for people. */
export const reviewsApi = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  try {
    return await adminApi<T>(`/admin/reviews${path}`, init)
  } catch (error) {
    throw new Error(humanMessage(error))
  }
}
