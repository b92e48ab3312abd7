import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../../workflows/courses/admin/change-course-outline"
import type { AdminUpdateCourseLessonType } from "../../../../../../../admin/courses/validators"
import { presentVendorCourse, vendorCourseToChange } from "../../../../vendor-course"

type Params = { id: string; lessonId: string }

/** POST: edits a lesson of the vendor's course, or moves it to another of its sections (404 for any other course's). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCourseLessonType, Params>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "update-lesson", id: req.params.lessonId, data: req.validatedBody } } })
  res.json({ course: await presentVendorCourse(req.scope, courseId) })
}

/** DELETE: removes a lesson of the vendor's course (and its attachment files). */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  await changeCourseOutlineWorkflow(req.scope).run({ input: { course_id: courseId, change: { action: "delete-lesson", id: req.params.lessonId } } })
  res.json({ id: req.params.lessonId, object: "course_lesson", deleted: true, course: await presentVendorCourse(req.scope, courseId) })
}
