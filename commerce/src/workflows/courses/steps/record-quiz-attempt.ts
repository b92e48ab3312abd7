import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { GradedAttempt } from "./grade-lesson-quiz"

export const recordQuizAttemptStepId = "record-quiz-attempt"

/** Keeps the graded attempt (a pass is what lets the lesson be completed). Compensation deletes it. */
export const recordQuizAttemptStep = createStep(
  recordQuizAttemptStepId,
  async ({ enrollment_id, lesson_id, graded }: { enrollment_id: string; lesson_id: string; graded: GradedAttempt }, { container }) => {
    const attempt = await container.resolve<CoursesModuleService>(COURSES_MODULE).createQuizAttempts({
      enrollment_id,
      lesson_id,
      quiz_id: graded.quiz_id,
      score: graded.score,
      question_count: graded.question_count,
      passed: graded.passed,
      answers: graded.answers as unknown as Record<string, unknown>,
    })
    return new StepResponse({ id: attempt.id, created_at: attempt.created_at }, attempt.id)
  },
  async (attemptId, { container }) => {
    if (!attemptId) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteQuizAttempts(attemptId)
  }
)
