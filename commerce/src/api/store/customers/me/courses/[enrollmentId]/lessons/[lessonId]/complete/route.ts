import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeCourseLessonWorkflow } from "../../../../../../../../../workflows/courses/complete-lesson"

/** Marks a lesson of the learner's own enrollment complete; the last one issues the certificate. */
export async function POST(req: AuthenticatedMedusaRequest<unknown, { enrollmentId: string; lessonId: string }>, res: MedusaResponse) {
  const { result } = await completeCourseLessonWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, enrollment_id: req.params.enrollmentId, lesson_id: req.params.lessonId },
  })
  res.json(result)
}
