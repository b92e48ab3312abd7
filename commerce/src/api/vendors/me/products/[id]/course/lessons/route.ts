import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../workflows/courses/admin/change-course-outline"
import type { AdminCreateCourseLessonType } from "../../../../../../admin/courses/validators"
import { presentVendorCourse, vendorCourseToChange } from "../../../vendor-course"

/** POST: adds a lesson to a section of the vendor's course (last, unless `rank` says where): staff's fields and rules. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCourseLessonType>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  const { result } = await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "create-lesson", data: req.validatedBody } } })
  res.status(201).json({ lesson_id: result.id, course: await presentVendorCourse(req.scope, courseId) })
}
