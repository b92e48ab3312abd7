import { adminApi } from "./admin-api"

/**
 * Commerce's answer, worded for people: the "Invalid request: " prefix Medusa
 * puts before a validation message is dropped (the message after it is ours).
 */
export const humanMessage = (error: unknown) => ((error as Error)?.message ?? "Something went wrong").replace(/^Invalid request:\s*/, "")

/** Calls to commerce's /admin/community routes; a refusal throws commerce's message, worded for people. */
export const communityApi = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  try {
    return await adminApi<T>(`/admin/community${path}`, init)
  } catch (error) {
    throw new Error(humanMessage(error))
  }
}

/** A query string from the values that are set. */
export const queryString = (params: Record<string, string | number | undefined>) => {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== "")
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)]))}` : ""
}

/** A moderation action needs a reason the log keeps; this says what is wrong with one before it is sent. */
export const reasonProblem = (reason: string) => {
  if (!reason.trim()) return "Write a reason first: it is kept in the moderation log."
  if (reason.trim().length < 3) return "The reason must be at least 3 characters."
  return null
}

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
export type AdminCategory = {
  id: string
  name: string
  slug: string
  description: string | null
  rank: number
  archived_at: string | null
  discussion_count: number
}
export type AdminMember = {
  id: string
  display_name: string
  email: string | null
  role: "member" | "moderator"
  status: "active" | "suspended"
  joined_at: string
  activity: { discussions: number; replies: number; reports_against: number; open_reports_against: number; last_active_at: string | null }
  badges: AdminBadge[]
}
export type AdminBadge = { id: string; kind: string; label: string; awarded_at: string; note: string | null; awarded_by: string | null }
export type LogEntry = {
  id: string
  action: string
  reason: string | null
  details: Record<string, unknown> | null
  created_at: string
  actor: { type: "staff" | "moderator"; id: string; name: string | null }
  target: { type: string; id: string; name: string | null }
}
export type LogActor = { type: "staff" | "moderator"; id: string; name: string | null; actions: number }
