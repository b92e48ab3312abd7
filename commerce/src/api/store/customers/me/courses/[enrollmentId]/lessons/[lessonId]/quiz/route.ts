import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitLessonQuizWorkflow } from "../../../../../../../../../workflows/courses/submit-lesson-quiz"
import type { StoreSubmitLessonQuizType } from "../../../../../../../courses/quiz-validators"

/**
 * Grades the learner's answers to a lesson's quiz, on their own enrollment:
 * the score, pass or fail, and which questions were right (never which
 * options). A pass completes the lesson; the last lesson issues the certificate.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreSubmitLessonQuizType, { enrollmentId: string; lessonId: string }>,
  res: MedusaResponse
) {
  const { result } = await submitLessonQuizWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      enrollment_id: req.params.enrollmentId,
      lesson_id: req.params.lessonId,
      answers: req.validatedBody.answers,
    },
  })
  res.json({ attempt: result })
}
