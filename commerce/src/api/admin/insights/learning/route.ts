import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseLearning, learnersPage } from "../../../../lib/insights/learning"
import { resolvePeriod } from "../../../../lib/insights/period"
import { dbOf, windowBindings } from "../../../../lib/insights/sql"
import type { AdminInsightsLearningParamsType } from "../validators"

/** Each course's learning figures, and a page of the learners who enrolled in the period. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInsightsLearningParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery as AdminInsightsLearningParamsType
  const bindings = windowBindings(resolvePeriod(query), "")
  const db = dbOf(req.scope)
  const [courses, learners] = await Promise.all([
    courseLearning(db, bindings),
    learnersPage(db, bindings, { limit: query.limit, offset: query.offset, course_id: query.course_id }),
  ])
  res.setHeader("cache-control", "no-store")
  res.json({ courses, ...learners })
}
