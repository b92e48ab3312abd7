import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../../workflows/courses/admin/change-course-outline"
import type { AdminUpdateCourseSectionType } from "../../../../../../../admin/courses/validators"
import { presentVendorCourse, vendorCourseToChange } from "../../../../vendor-course"

type Params = { id: string; sectionId: string }

/** POST: renames or moves a section of the vendor's course (404 for a section of any other course). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCourseSectionType, Params>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "update-section", id: req.params.sectionId, data: req.validatedBody } } })
  res.json({ course: await presentVendorCourse(req.scope, courseId) })
}

/** DELETE: removes a section of the vendor's course with its lessons (and their attachment files). */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "delete-section", id: req.params.sectionId } } })
  res.json({ id: req.params.sectionId, object: "course_section", deleted: true, course: await presentVendorCourse(req.scope, courseId) })
}
