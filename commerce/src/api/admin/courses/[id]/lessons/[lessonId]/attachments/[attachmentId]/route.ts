import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COURSES_MODULE } from "../../../../../../../../modules/courses"
import type CoursesModuleService from "../../../../../../../../modules/courses/service"
import { removeLessonAttachmentsWorkflow } from "../../../../../../../../workflows/courses/admin/remove-lesson-attachments"
import type { AdminUpdateLessonAttachmentType } from "../../../../../attachment-validators"
import { listAdminAttachments, renamedFilename, retrieveCourseLesson, retrieveLessonAttachment } from "../../../../../lesson-attachments"

type Params = { id: string; lessonId: string; attachmentId: string }

/** Renames an attachment: the name learners' downloads get (its extension is kept). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateLessonAttachmentType, Params>, res: MedusaResponse) {
  await retrieveCourseLesson(req.scope, req.params.id, req.params.lessonId)
  const attachment = await retrieveLessonAttachment(req.scope, req.params.lessonId, req.params.attachmentId)
  await req.scope
    .resolve<CoursesModuleService>(COURSES_MODULE)
    .updateLessonAttachments({ id: attachment.id, filename: renamedFilename(attachment.filename, req.validatedBody.filename) })
  res.json({ attachments: await listAdminAttachments(req.scope, req.params.lessonId) })
}

/** Removes an attachment and its file: links already handed out stop working. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  await retrieveCourseLesson(req.scope, req.params.id, req.params.lessonId)
  const attachment = await retrieveLessonAttachment(req.scope, req.params.lessonId, req.params.attachmentId)
  await removeLessonAttachmentsWorkflow(req.scope).run({ input: { ids: [attachment.id] } })
  res.json({ id: attachment.id, object: "lesson_attachment", deleted: true, attachments: await listAdminAttachments(req.scope, req.params.lessonId) })
}
