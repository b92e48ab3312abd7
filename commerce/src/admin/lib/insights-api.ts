import { adminApi } from "./admin-api"

export type PeriodName = "today" | "7d" | "30d" | "year" | "custom"
/** The period the page shows: a named one, or local dates (YYYY-MM-DD, both included). */
export type PeriodChoice = { period: PeriodName; from?: string; to?: string }

/** The query string of a period (and any other parameters). */
export function periodQuery(choice: PeriodChoice, extra: Record<string, string | number | undefined> = {}) {
  const params = new URLSearchParams({ period: choice.period })
  if (choice.period === "custom") params.set("from", choice.from ?? ""), params.set("to", choice.to ?? "")
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, String(value))
  return params.toString()
}

/** GET /admin/insights/<path>, with the admin's session. */
export const insightsApi = <T>(path: string, query: string) => adminApi<T>(`/admin/insights/${path}?${query}`)

/** Where a CSV export downloads from (the admin's session cookie goes with a plain link). */
export const exportUrl = (kind: "orders" | "customers" | "learners" | "rsvps", choice: PeriodChoice, currency?: string) =>
  `/admin/insights/exports/${kind}?${periodQuery(choice, { currency })}`

export type Figures = {
  gross: number
  refunded: number
  net: number
  orders: number
  average_order_value: number
  customers: number
  new_customers: number
  returning_customers: number
  cancelled_orders: number
}
export type Share = { key: string; label: string; units?: number; revenue: number }
export type ProductSales = { product_id: string; title: string; format: string; units: number; revenue: number }
export type Overview = {
  currency: string
  currencies: string[]
  period: { name: PeriodName; from: string; to: string; days: number }
  figures: Figures
  previous: Figures
  by_day: { day: string; orders: number; gross: number; refunded: number; net: number }[]
  by_format: Share[]
  by_category: Share[]
  by_region: { region_id: string | null; name: string; orders: number; gross: number; refunded: number; net: number }[]
  top_books: { by_revenue: ProductSales[]; by_units: ProductSales[] }
  top_courses: { by_revenue: ProductSales[]; by_units: ProductSales[] }
  refunds: { refunded_at: string; order_id: string; display_id: number; email: string | null; amount: number; reason: string | null; note: string | null }[]
  refund_reasons: { reason: string; refunds: number; amount: number }[]
  cancellations: { cancelled_at: string; order_id: string; display_id: number; email: string | null; total: number }[]
  abandoned_carts: { count: number; value: number; latest: { cart_id: string; email: string; created_at: string; units: number; value: number; items: string }[] }
  checkout_conversion: { reached_payment: number; completed: number; rate: number | null }
}
export type CourseLearning = {
  course_id: string
  title: string
  lessons: number
  enrolled: number
  enrolled_in_period: number
  active_30d: number
  median_progress: number | null
  completed: number
  completion_rate: number | null
  certificates: number
}
export type Learner = {
  enrollment_id: string
  email: string | null
  name: string | null
  course: string
  status: string
  enrolled_at: string
  lessons_done: number
  lessons: number
  progress: number
  last_activity_at: string | null
  certificate_code: string | null
}
export type Learning = { courses: CourseLearning[]; learners: Learner[]; count: number; limit: number; offset: number }
export type Audience = {
  cms:
    | { available: false; message: string }
    | {
        available: true
        events: { id: string | number; title: string; starts_at: string; capacity: number | null; registered: number; cancelled: number }[]
        newsletter: { confirmed: number; pending: number; unsubscribed: number; weekly: { week: string; signed_up: number; confirmed: number; unsubscribed: number }[] }
      }
  community: { members: number; joined_in_period: number; open_reports: number; weekly: { week: string; discussions: number; replies: number }[] }
}
