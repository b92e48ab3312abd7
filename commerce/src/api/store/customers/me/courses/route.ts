import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLearnerEnrollments } from "../../../../../lib/courses/enrollments"

/** The signed-in learner's enrollments with progress percentages, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ enrollments: await listLearnerEnrollments(req.scope, req.auth_context.actor_id) })
}
