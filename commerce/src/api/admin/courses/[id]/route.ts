import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCourseWorkflow } from "../../../../workflows/courses/admin/update-course"
import { retrieveAdminCourse } from "../admin-course"
import type { AdminUpdateCourseType } from "../validators"

/** One course with its whole outline (bodies included) and product. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  res.json({ course: await retrieveAdminCourse(req.scope, req.params.id) })
}

/** Edits, publishes or unpublishes a course; `product_id` relinks it (null unlinks). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCourseType, { id: string }>, res: MedusaResponse) {
  await retrieveAdminCourse(req.scope, req.params.id)
  const { product_id, ...update } = req.validatedBody
  await updateCourseWorkflow(req.scope).run({ input: { id: req.params.id, update, product_id } })
  res.json({ course: await retrieveAdminCourse(req.scope, req.params.id) })
}
