import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders } from "./cookies"

/** A lesson's download as an enrolled learner sees it (never its storage key). */
export type LessonAttachment = { id: string; filename: string; mime_type: string; size_bytes: number }

/**
 * A link to one attachment of a lesson the learner is enrolled for, valid for
 * five minutes. Commerce answers 404 for anyone else's enrollment and 410
 * once access was revoked, so ownership is its check.
 */
export async function createAttachmentLink(enrollmentId: string, attachmentId: string): Promise<{ url: string; expires_at: string }> {
  return storeFetch<{ url: string; expires_at: string }>(
    `/store/customers/me/courses/${encodeURIComponent(enrollmentId)}/attachments/${encodeURIComponent(attachmentId)}/link`,
    { method: "POST", headers: await authHeaders(), cache: "no-store", signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) }
  )
}
