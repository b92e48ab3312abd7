import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../workflows/courses/admin/change-course-outline"
import type { AdminCreateCourseSectionType } from "../../../../../../admin/courses/validators"
import { presentVendorCourse, vendorCourseToChange } from "../../../vendor-course"

/** POST: adds a section (last, unless `rank` says where), making the course on first use; staff's own outline workflow. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCourseSectionType>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req, { create: true })
  const { result } = await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "create-section", data: req.validatedBody } } })
  res.status(201).json({ section_id: result.id, course: await presentVendorCourse(req.scope, courseId) })
}
