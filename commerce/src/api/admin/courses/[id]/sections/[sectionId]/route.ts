import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCourseOutlineWorkflow } from "../../../../../../workflows/courses/admin/change-course-outline"
import { retrieveAdminCourse } from "../../../admin-course"
import type { AdminUpdateCourseSectionType } from "../../../validators"

type Params = { id: string; sectionId: string }

/** Renames or moves a section of this course. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCourseSectionType, Params>, res: MedusaResponse) {
  await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "update-section", id: req.params.sectionId, data: req.validatedBody } },
  })
  res.json({ course: await retrieveAdminCourse(req.scope, req.params.id) })
}

/** Removes a section of this course with its lessons. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  await changeCourseOutlineWorkflow(req.scope).run({
    input: { course_id: req.params.id, change: { action: "delete-section", id: req.params.sectionId } },
  })
  res.json({ id: req.params.sectionId, object: "course_section", deleted: true })
}
