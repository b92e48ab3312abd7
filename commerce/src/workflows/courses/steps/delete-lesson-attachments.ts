import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const deleteLessonAttachmentsStepId = "delete-lesson-attachments"

/**
 * Soft-deletes attachments (those a deleted lesson's cascade has not already)
 * and answers their files' keys, for the last step to delete. Undone by
 * restoring the ones it deleted; their files are still there until then.
 */
export const deleteLessonAttachmentsStep = createStep(
  deleteLessonAttachmentsStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const attachments = await courses.listLessonAttachments({ id: ids }, { select: ["id", "file_key", "deleted_at"], withDeleted: true })
    const live = attachments.filter((a) => !a.deleted_at).map((a) => a.id)
    if (live.length) await courses.softDeleteLessonAttachments(live)
    return new StepResponse(
      attachments.map((a) => a.file_key),
      live
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CoursesModuleService>(COURSES_MODULE).restoreLessonAttachments(ids)
  }
)
