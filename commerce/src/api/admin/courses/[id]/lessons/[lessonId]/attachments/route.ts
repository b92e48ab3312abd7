import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { AttachmentUploadError, attachmentTooLarge, streamAttachmentUpload } from "../../../../../../../lib/courses/attachments/upload"
import { env } from "../../../../../../../lib/env"
import { addLessonAttachmentWorkflow } from "../../../../../../../workflows/courses/admin/add-lesson-attachment"
import type { AdminUploadLessonAttachmentParamsType } from "../../../../attachment-validators"
import { listAdminAttachments, retrieveCourseLesson } from "../../../../lesson-attachments"

type Params = { id: string; lessonId: string }

/** The lesson's attachments in order, and the largest file staff may upload. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  await retrieveCourseLesson(req.scope, req.params.id, req.params.lessonId)
  res.json({ attachments: await listAdminAttachments(req.scope, req.params.lessonId), max_bytes: env.LESSON_ATTACHMENT_MAX_BYTES })
}

/**
 * Adds an attachment: the request's body is the file, streamed to the file
 * module as a private file; `?filename=` names it. Its type comes from its
 * content (415 for one not allowed), 413 past LESSON_ATTACHMENT_MAX_BYTES.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, AdminUploadLessonAttachmentParamsType>, res: MedusaResponse) {
  const { id, lessonId } = req.params as unknown as Params
  const maxBytes = env.LESSON_ATTACHMENT_MAX_BYTES
  try {
    await retrieveCourseLesson(req.scope, id, lessonId)
    const declared = Number(req.headers["content-length"] ?? NaN)
    if (declared > maxBytes) throw attachmentTooLarge(maxBytes)
    const { filename } = req.validatedQuery as AdminUploadLessonAttachmentParamsType
    const file = await streamAttachmentUpload(req.scope.resolve(Modules.FILE), req, { filename, maxBytes })
    await addLessonAttachmentWorkflow(req.scope).run({ input: { lesson_id: lessonId, file } })
  } catch (error) {
    // The rest of a refused file is read and dropped, so the client gets the answer rather than a reset connection.
    if (!req.readableEnded) req.resume()
    if (!(error instanceof AttachmentUploadError)) throw error
    return void res.status(error.status).json({ type: "invalid_data", message: error.message })
  }
  res.status(201).json({ attachments: await listAdminAttachments(req.scope, lessonId) })
}
