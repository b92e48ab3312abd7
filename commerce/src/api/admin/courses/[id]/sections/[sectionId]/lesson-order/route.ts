import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../../workflows/courses/admin/change-course-outline"
import { retrieveAdminCourse } from "../../../../admin-course"
import type { AdminReorderCourseLessonsType } from "../../../../validators"

/** Puts a section's lessons in the order given (every lesson of the section, once). */
export async function POST(req: AuthenticatedMedusaRequest<AdminReorderCourseLessonsType, { id: string; sectionId: string }>, res: MedusaResponse) {
  await changeCourseOutlineWorkflow(req.scope).run({
    input: {
      course_id: req.params.id,
      change: { action: "reorder-lessons", section_id: req.params.sectionId, lesson_ids: req.validatedBody.lesson_ids },
    },
  })
  res.json({ course: await retrieveAdminCourse(req.scope, req.params.id) })
}
