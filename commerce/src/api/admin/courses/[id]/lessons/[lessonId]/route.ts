import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../workflows/courses/admin/change-course-outline"
import { retrieveAdminCourse } from "../../../admin-course"
import type { AdminUpdateCourseLessonType } from "../../../validators"

type Params = { id: string; lessonId: string }

/** Edits a lesson of this course (or moves it to another of its sections). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCourseLessonType, Params>, res: MedusaResponse) {
  await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "update-lesson", id: req.params.lessonId, data: req.validatedBody } },
  })
  res.json({ course: await retrieveAdminCourse(req.scope, req.params.id) })
}

/** Removes a lesson of this course. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "delete-lesson", id: req.params.lessonId } },
  })
  res.json({ id: req.params.lessonId, object: "course_lesson", deleted: true })
}
