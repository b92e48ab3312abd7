import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUniqueViolation } from "../../../lib/courses/unique-violation"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { LearnerEnrollment } from "./load-learner-enrollment"

export const recordLessonProgressStepId = "record-lesson-progress"

/**
 * Marks a lesson of the enrollment's course complete, once: completing it
 * again (or twice at the same moment) changes nothing. Compensation removes
 * only a record this run made. Answers every lesson now complete, as
 * recorded.
 */
export const recordLessonProgressStep = createStep(
  recordLessonProgressStepId,
  async ({ enrollment, lesson_id }: { enrollment: LearnerEnrollment; lesson_id: string }, { container }) => {
    if (!enrollment.lesson_ids.includes(lesson_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${lesson_id} in "${enrollment.course.title}"`)
    }
    const completed = new Set(enrollment.completed_lesson_ids)
    if (completed.has(lesson_id)) return new StepResponse([...completed], null)
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    let createdId: string | null = null
    try {
      createdId = (await courses.createLessonProgresses({ enrollment_id: enrollment.id, lesson_id, completed_at: new Date() })).id
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
    // Read back: a lesson completed at the same moment in another request counts too.
    const recorded = await courses.listLessonProgresses({ enrollment_id: enrollment.id }, { select: ["lesson_id"] })
    return new StepResponse(recorded.map((p) => p.lesson_id), createdId)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteLessonProgresses(createdId)
  }
)
