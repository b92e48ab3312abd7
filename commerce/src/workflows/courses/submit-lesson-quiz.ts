import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuizAnswer } from "../../lib/courses/quiz"
import { completeCourseLessonWorkflow } from "./complete-lesson"
import { gradeLessonQuizStep } from "./steps/grade-lesson-quiz"
import { loadLearnerEnrollmentStep } from "./steps/load-learner-enrollment"
import { recordQuizAttemptStep } from "./steps/record-quiz-attempt"

export const submitLessonQuizWorkflowId = "submit-lesson-quiz"

/** Grades a learner's quiz answers and records the attempt; a pass completes the lesson through the completion workflow. */
export const submitLessonQuizWorkflow = createWorkflow(
  submitLessonQuizWorkflowId,
  (input: { customer_id: string; enrollment_id: string; lesson_id: string; answers: QuizAnswer[] }) => {
    const enrollment = loadLearnerEnrollmentStep({ customer_id: input.customer_id, enrollment_id: input.enrollment_id })
    const graded = gradeLessonQuizStep({ enrollment, lesson_id: input.lesson_id, answers: input.answers })
    const attempt = recordQuizAttemptStep({ enrollment_id: enrollment.id, lesson_id: input.lesson_id, graded })
    const completion = when("quiz-passed", { graded }, ({ graded }) => graded.passed).then(() =>
      completeCourseLessonWorkflow.runAsStep({
        input: { customer_id: input.customer_id, enrollment_id: input.enrollment_id, lesson_id: input.lesson_id },
      })
    )
    const result = transform({ graded, attempt, completion }, ({ graded, attempt, completion }) => ({
      attempt_id: attempt.id,
      score: graded.score,
      question_count: graded.question_count,
      percent: graded.percent,
      pass_threshold: graded.pass_threshold,
      passed: graded.passed,
      results: graded.results,
      completion: completion ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
