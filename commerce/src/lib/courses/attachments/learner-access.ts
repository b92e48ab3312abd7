import type { MedusaContainer } from "@medusajs/framework/types"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

/** Enrollments that open a course's lessons (and so its attachments). */
export const OPEN_ENROLLMENT = ["active", "completed"]

/** What a learner sees of an attachment: never its storage key. */
export type LearnerAttachment = { id: string; filename: string; mime_type: string; size_bytes: number }

/** A lesson's attachments in order, as its enrolled learners see them. */
export async function listLearnerAttachments(scope: MedusaContainer, lessonId: string): Promise<LearnerAttachment[]> {
  const attachments = await scope
    .resolve<CoursesModuleService>(COURSES_MODULE)
    .listLessonAttachments({ lesson_id: lessonId }, { order: { rank: "ASC", created_at: "ASC" } })
  return attachments.map((a) => ({ id: a.id, filename: a.filename, mime_type: a.mime_type, size_bytes: Number(a.size_bytes) }))
}

export type AttachmentAccess =
  | { ok: true; attachment: { id: string; file_key: string; filename: string; mime_type: string } }
  | { ok: false; status: 404 | 410; message: string }

/**
 * Whether `enrollment_id` (of `customer_id`, when given) opens this
 * attachment: the enrollment exists and is the customer's, the attachment is
 * on a lesson of its course, and it has not been revoked. Someone else's
 * enrollment or attachment is a 404, like a missing one; a revoked one a 410.
 */
export async function checkAttachmentAccess(
  scope: MedusaContainer,
  { enrollment_id, attachment_id, customer_id }: { enrollment_id: string; attachment_id: string; customer_id?: string }
): Promise<AttachmentAccess> {
  const courses = scope.resolve<CoursesModuleService>(COURSES_MODULE)
  const notFound = { ok: false as const, status: 404 as const, message: `No attachment ${attachment_id} in a course of yours` }
  const [enrollment] = await courses.listEnrollments(
    { id: enrollment_id, ...(customer_id ? { customer_id } : {}) },
    { select: ["id", "status", "course_id"] }
  )
  if (!enrollment) return notFound
  const [attachment] = await courses.listLessonAttachments(
    { id: attachment_id },
    { select: ["id", "file_key", "filename", "mime_type", "lesson.id", "lesson.section.course_id"], relations: ["lesson", "lesson.section"] }
  )
  const lesson = attachment?.lesson as { section?: { course_id?: string } | null } | null | undefined
  if (!attachment || lesson?.section?.course_id !== enrollment.course_id) return notFound
  if (!OPEN_ENROLLMENT.includes(enrollment.status)) {
    return { ok: false, status: 410, message: "Your access to this course was revoked, and its downloads with it" }
  }
  return { ok: true, attachment: { id: attachment.id, file_key: attachment.file_key, filename: attachment.filename, mime_type: attachment.mime_type } }
}
