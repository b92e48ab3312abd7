import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { LearnerEnrollment } from "./load-learner-enrollment"

export const ensureQuizPassedStepId = "ensure-lesson-quiz-passed"

/**
 * A lesson with a quiz is completed only by passing it: without a passed
 * attempt of this enrollment the completion is refused (409). Lessons
 * without a quiz, and lessons already completed, pass through. Reads only.
 */
export const ensureQuizPassedStep = createStep(
  ensureQuizPassedStepId,
  async ({ enrollment, lesson_id }: { enrollment: LearnerEnrollment; lesson_id: string }, { container }) => {
    // A lesson of another course is left to the progress step's 404.
    if (!enrollment.lesson_ids.includes(lesson_id) || enrollment.completed_lesson_ids.includes(lesson_id)) return new StepResponse(true)
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const [quiz] = await courses.listLessonQuizDefinitions({ lesson_id }, { select: ["id"] })
    if (!quiz) return new StepResponse(true)
    const [passed] = await courses.listQuizAttempts({ enrollment_id: enrollment.id, lesson_id, passed: true }, { select: ["id"], take: 1 })
    if (!passed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This lesson has a quiz: pass the quiz first to complete it")
    return new StepResponse(true)
  }
)
