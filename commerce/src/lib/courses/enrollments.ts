import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { lessonIdsInOrder, progressOf, type OutlineCourse } from "./outline"

/** The Query fields of a learner's enrollment: the course outline, progress and certificate. */
export const ENROLLMENT_FIELDS = [
  "id",
  "status",
  "customer_id",
  "order_id",
  "enrolled_at",
  "completed_at",
  "revoked_at",
  "course.id",
  "course.title",
  "course.handle",
  "course.cover_url",
  "course.level",
  "course.sections.id",
  "course.sections.rank",
  "course.sections.lessons.id",
  "course.sections.lessons.rank",
  "progress.lesson_id",
  "certificate.code",
  "certificate.issued_at",
]

type EnrollmentRow = {
  id: string
  status: string
  order_id: string
  enrolled_at: Date | string
  completed_at?: Date | string | null
  revoked_at?: Date | string | null
  course: OutlineCourse
  progress?: ({ lesson_id: string } | null)[] | null
  certificate?: { code: string; issued_at: Date | string } | null
}

/** What a learner sees of one of their enrollments. */
export function learnerEnrollment(row: EnrollmentRow) {
  const lessonIds = lessonIdsInOrder(row.course)
  return {
    id: row.id,
    status: row.status,
    order_id: row.order_id,
    enrolled_at: row.enrolled_at,
    completed_at: row.completed_at ?? null,
    revoked_at: row.revoked_at ?? null,
    course: {
      id: row.course.id,
      title: row.course.title,
      handle: row.course.handle,
      cover_url: row.course.cover_url ?? null,
      level: row.course.level,
    },
    progress: progressOf(lessonIds, (row.progress ?? []).flatMap((p) => (p ? [p.lesson_id] : []))),
    certificate: row.certificate ? { code: row.certificate.code, issued_at: row.certificate.issued_at } : null,
  }
}

/** The customer's enrollments, newest first; with `id`, that one only (404 when it is not theirs). */
export async function listLearnerEnrollments(scope: MedusaContainer, customerId: string, id?: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "enrollment",
    fields: ENROLLMENT_FIELDS,
    filters: { customer_id: customerId, ...(id ? { id } : {}) },
    pagination: { order: { enrolled_at: "DESC" } },
  })
  if (id && !data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No enrollment ${id} of yours`)
  return (data as unknown as EnrollmentRow[]).map(learnerEnrollment)
}
