import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTACHMENT_LINK_TTL_SECONDS, createAttachmentDownloadToken } from "../../../../../../../../../lib/courses/attachments/download-token"
import { checkAttachmentAccess } from "../../../../../../../../../lib/courses/attachments/learner-access"
import { env } from "../../../../../../../../../lib/env"

/**
 * A link that downloads one attachment of the learner's course for five
 * minutes: `{ url, expires_at }`. Someone else's enrollment or an attachment
 * of another course is a 404; a revoked enrollment a 410.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, { enrollmentId: string; attachmentId: string }>, res: MedusaResponse) {
  const access = await checkAttachmentAccess(req.scope, {
    enrollment_id: req.params.enrollmentId,
    attachment_id: req.params.attachmentId,
    customer_id: req.auth_context.actor_id,
  })
  if (!access.ok) return void res.status(access.status).json({ type: access.status === 404 ? "not_found" : "not_allowed", message: access.message })
  const expiresAt = Math.floor(Date.now() / 1000) + ATTACHMENT_LINK_TTL_SECONDS
  const token = createAttachmentDownloadToken({ attachmentId: access.attachment.id, enrollmentId: req.params.enrollmentId, expiresAt }, env.EBOOK_URL_SECRET)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ url: `${env.MEDUSA_PUBLIC_URL}/course-attachments/${token}`, expires_at: new Date(expiresAt * 1000).toISOString() })
}
