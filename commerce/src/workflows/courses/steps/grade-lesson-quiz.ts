import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { gradeQuiz, type GradedQuiz, type QuizAnswer, type StoredLessonQuiz } from "../../../lib/courses/quiz"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { LearnerEnrollment } from "./load-learner-enrollment"

export const gradeLessonQuizStepId = "grade-lesson-quiz"

export type GradedAttempt = GradedQuiz & { quiz_id: string; pass_threshold: number; answers: QuizAnswer[] }

/**
 * Grades the learner's answers to the quiz of a lesson of their course: a
 * lesson of another course, or one without a quiz, is a 404; a question or
 * option the quiz does not have is a 400. Reads only, so nothing to undo.
 */
export const gradeLessonQuizStep = createStep(
  gradeLessonQuizStepId,
  async ({ enrollment, lesson_id, answers }: { enrollment: LearnerEnrollment; lesson_id: string; answers: QuizAnswer[] }, { container }) => {
    if (!enrollment.lesson_ids.includes(lesson_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${lesson_id} in "${enrollment.course.title}"`)
    }
    const [quiz] = (await container
      .resolve<CoursesModuleService>(COURSES_MODULE)
      .listLessonQuizDefinitions({ lesson_id })) as unknown as StoredLessonQuiz[]
    if (!quiz) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${lesson_id} has no quiz`)
    const graded: GradedAttempt = { ...gradeQuiz(quiz, answers), quiz_id: quiz.id, pass_threshold: quiz.pass_threshold, answers }
    return new StepResponse(graded)
  }
)
