import { adminApi } from "./admin-api"

export type AdminLessonAttachment = { id: string; filename: string; mime_type: string; size_bytes: number; rank: number }

const base = (courseId: string, lessonId: string) => `/admin/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}/attachments`

/** A lesson's attachments, and the largest file commerce accepts. */
export const listLessonAttachments = (courseId: string, lessonId: string) =>
  adminApi<{ attachments: AdminLessonAttachment[]; max_bytes: number }>(base(courseId, lessonId))

/** Uploads a file as the lesson's last attachment: the file is the request's body, so commerce can stream it to storage. */
export async function uploadLessonAttachment(courseId: string, lessonId: string, file: File): Promise<AdminLessonAttachment[]> {
  const res = await fetch(`${base(courseId, lessonId)}?filename=${encodeURIComponent(file.name)}`, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error((data as { message?: string }).message ?? `Commerce answered ${res.status}`)
  return (data as { attachments: AdminLessonAttachment[] }).attachments
}

export const removeLessonAttachment = (courseId: string, lessonId: string, id: string) =>
  adminApi<{ attachments: AdminLessonAttachment[] }>(`${base(courseId, lessonId)}/${encodeURIComponent(id)}`, { method: "DELETE" }).then((d) => d.attachments)

/** The body's Markdown rendered and sanitised exactly as the store will serve it. */
export const previewLessonBody = (body: string) => adminApi<{ html: string }>("/admin/lesson-preview", { method: "POST", body: { body } }).then((d) => d.html)
