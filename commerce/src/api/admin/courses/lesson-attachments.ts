import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

type Attachment = { id: string; filename: string; mime_type: string; size_bytes: number; rank: number; created_at?: Date | string }

/** An attachment as staff see it: never its storage key. */
export const toAdminAttachment = (a: Attachment) => ({
  id: a.id,
  filename: a.filename,
  mime_type: a.mime_type,
  size_bytes: Number(a.size_bytes),
  rank: a.rank,
  created_at: a.created_at ?? null,
})

/** The lesson, if it is one of this course's (404 otherwise, so staff never reach another course's lesson by id). */
export async function retrieveCourseLesson(scope: MedusaContainer, courseId: string, lessonId: string) {
  const courses = scope.resolve<CoursesModuleService>(COURSES_MODULE)
  const sectionIds = (await courses.listCourseSections({ course_id: courseId }, { select: ["id"] })).map((s) => s.id)
  const [lesson] = sectionIds.length ? await courses.listCourseLessons({ id: lessonId, section_id: sectionIds }, { select: ["id", "title"] }) : []
  if (!lesson) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${lessonId} in course ${courseId}`)
  return lesson
}

/** The lesson's attachments in order. */
export async function listAdminAttachments(scope: MedusaContainer, lessonId: string) {
  const attachments = await scope
    .resolve<CoursesModuleService>(COURSES_MODULE)
    .listLessonAttachments({ lesson_id: lessonId }, { order: { rank: "ASC", created_at: "ASC" } })
  return attachments.map(toAdminAttachment)
}

/** One attachment of the lesson, or a 404 naming it. */
export async function retrieveLessonAttachment(scope: MedusaContainer, lessonId: string, attachmentId: string) {
  const [attachment] = await scope.resolve<CoursesModuleService>(COURSES_MODULE).listLessonAttachments({ id: attachmentId, lesson_id: lessonId })
  if (!attachment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No attachment ${attachmentId} on lesson ${lessonId}`)
  return attachment
}

/** A new name keeps the stored file's extension, so the download still opens with the right program. */
export function renamedFilename(current: string, wanted: string) {
  const ext = path.extname(current)
  return ext && path.extname(wanted).toLowerCase() !== ext.toLowerCase() ? `${wanted}${ext}` : wanted
}
