import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLearnerEnrollments } from "../../../../../../lib/courses/enrollments"

/** One of the learner's own enrollments, with the lessons completed; anyone else's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { enrollmentId: string }>, res: MedusaResponse) {
  const [enrollment] = await listLearnerEnrollments(req.scope, req.auth_context.actor_id, req.params.enrollmentId)
  res.json({ enrollment })
}
