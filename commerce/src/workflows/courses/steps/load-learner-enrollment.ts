import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lessonIdsInOrder, type OutlineCourse } from "../../../lib/courses/outline"

export const loadLearnerEnrollmentStepId = "load-learner-enrollment"

export type LearnerEnrollment = {
  id: string
  status: "active" | "completed" | "revoked"
  customer_id: string
  course: { id: string; title: string; handle: string }
  lesson_ids: string[]
  completed_lesson_ids: string[]
  certificate: { id: string; code: string; file_key: string | null } | null
}

export const LEARNER_ENROLLMENT_FIELDS = [
  "id",
  "status",
  "customer_id",
  "enrolled_at",
  "completed_at",
  "course.id",
  "course.title",
  "course.handle",
  "course.sections.id",
  "course.sections.rank",
  "course.sections.lessons.id",
  "course.sections.lessons.rank",
  "progress.lesson_id",
  "certificate.id",
  "certificate.code",
  "certificate.file_key",
]

/**
 * The customer's own enrollment with its lessons and progress. Another
 * customer's enrollment is the same 404 as none at all; a revoked one is 403.
 */
export const loadLearnerEnrollmentStep = createStep(
  loadLearnerEnrollmentStepId,
  async ({ customer_id, enrollment_id }: { customer_id: string; enrollment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "enrollment",
      fields: LEARNER_ENROLLMENT_FIELDS,
      filters: { id: enrollment_id, customer_id },
    })
    const found = data[0] as any
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No enrollment ${enrollment_id} of yours`)
    if (found.status === "revoked") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your access to "${found.course.title}" has been revoked`)
    }
    const enrollment: LearnerEnrollment = {
      id: found.id,
      status: found.status,
      customer_id: found.customer_id,
      course: { id: found.course.id, title: found.course.title, handle: found.course.handle },
      lesson_ids: lessonIdsInOrder(found.course as OutlineCourse),
      completed_lesson_ids: (found.progress ?? []).map((p: { lesson_id: string }) => p.lesson_id),
      certificate: found.certificate ?? null,
    }
    return new StepResponse(enrollment)
  }
)
