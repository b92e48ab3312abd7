import { adminApi } from "./admin-api"

/** Calls to commerce's /admin/courses routes. */
export const coursesApi = <T>(path: string, init: { method?: string; body?: unknown } = {}) => adminApi<T>(`/admin/courses${path}`, init)

export type AdminLesson = {
  id: string
  title: string
  kind: "video" | "text"
  body: string | null
  video_url: string | null
  duration_minutes: number | null
  is_free_preview: boolean
  rank: number
}
export type AdminSection = { id: string; title: string; rank: number; lessons: AdminLesson[] }
export type AdminCourse = {
  id: string
  title: string
  handle: string
  description: string | null
  level: "beginner" | "intermediate" | "advanced"
  status: "draft" | "published"
  cover_url: string | null
  product: { id: string; title?: string; handle?: string } | null
  sections: AdminSection[]
}
export type AdminEnrollments = {
  enrollments: {
    id: string
    status: string
    enrolled_at: string
    customer: { email: string; first_name: string | null; last_name: string | null } | null
    progress: { percent: number }
  }[]
  summary: { enrolled: number; completed: number; revoked: number; completion_rate: number }
}
