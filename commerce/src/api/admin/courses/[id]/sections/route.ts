import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../workflows/courses/admin/change-course-outline"
import { retrieveAdminCourse } from "../../admin-course"
import type { AdminCreateCourseSectionType } from "../../validators"

/** Adds a section (last, unless `rank` says where). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCourseSectionType, { id: string }>, res: MedusaResponse) {
  await retrieveAdminCourse(req.scope, req.params.id)
  const { result } = await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "create-section", data: req.validatedBody } },
  })
  res.status(201).json({ section_id: result.id, course: await retrieveAdminCourse(req.scope, req.params.id) })
}
