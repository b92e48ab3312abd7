import { adminApi } from "./admin-api"

/** Calls to commerce's /admin/community routes. */
export const communityApi = <T>(path: string, init: { method?: string; body?: unknown } = {}) => adminApi<T>(`/admin/community${path}`, init)

type Author = { id: string; display_name: string } | null
export type AdminReport = {
  id: string
  target_type: "discussion" | "reply"
  target_id: string
  reason: string
  created_at: string
  reporter: Author
  target: { id: string; title?: string; body_html: string; visibility: string; deleted: boolean; author: Author; discussion?: { id: string; title: string } } | null
}
export type Engagement = {
  active_members_7d: number
  active_members_30d: number
  posts_per_day: { day: string; discussions: number; replies: number }[]
  top_discussions: { id: string; title: string; reply_count: number; reactions: number; last_activity_at: string }[]
}
