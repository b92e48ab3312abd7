import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../../../workflows/courses/admin/change-course-outline"
import type { AdminReorderCourseLessonsType } from "../../../../../../../../admin/courses/validators"
import { presentVendorCourse, vendorCourseToChange } from "../../../../../vendor-course"

/** POST: puts a section's lessons in the order given (every lesson of the section, once). */
export async function POST(req: AuthenticatedMedusaRequest<AdminReorderCourseLessonsType, { id: string; sectionId: string }>, res: MedusaResponse) {
  const courseId = await vendorCourseToChange(req)
  await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: courseId, change: { action: "reorder-lessons", section_id: req.params.sectionId, lesson_ids: req.validatedBody.lesson_ids } },
  })
  res.json({ course: await presentVendorCourse(req.scope, courseId) })
}
