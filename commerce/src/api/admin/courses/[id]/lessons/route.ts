import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../workflows/courses/admin/change-course-outline"
import { retrieveAdminCourse } from "../../admin-course"
import type { AdminCreateCourseLessonType } from "../../validators"

/** Adds a lesson to a section of this course (last, unless `rank` says where). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCourseLessonType, { id: string }>, res: MedusaResponse) {
  await retrieveAdminCourse(req.scope, req.params.id)
  const { result } = await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "create-lesson", data: req.validatedBody } },
  })
  res.status(201).json({ lesson_id: result.id, course: await retrieveAdminCourse(req.scope, req.params.id) })
}
