import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUniqueViolation } from "../../../lib/courses/unique-violation"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { CourseLine } from "./resolve-course-lines"

export const createEnrollmentsStepId = "create-course-enrollments"

export type NewEnrollment = CourseLine & { id: string }

/**
 * Enrols once per order line. A line already enrolled, by an earlier or a
 * concurrent run of the same event, is skipped: the unique index on
 * line_item_id decides, not a read made before the write. Only the
 * enrollments this run created are returned, and undone on failure.
 */
export const createEnrollmentsStep = createStep(
  createEnrollmentsStepId,
  async (lines: CourseLine[], { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const created: NewEnrollment[] = []
    for (const line of lines) {
      try {
        const enrollment = await courses.createEnrollments({
          course_id: line.course_id,
          customer_id: line.customer_id,
          order_id: line.order_id,
          line_item_id: line.line_item_id,
          enrolled_at: new Date(),
        })
        created.push({ ...line, id: enrollment.id })
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
      }
    }
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteEnrollments(createdIds)
  }
)
