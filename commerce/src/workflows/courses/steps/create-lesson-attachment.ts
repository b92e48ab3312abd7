import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadedAttachment } from "../../../lib/courses/attachments/upload"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const createLessonAttachmentStepId = "create-lesson-attachment"

/** Records an uploaded file as the lesson's last attachment; undone by deleting the record. */
export const createLessonAttachmentStep = createStep(
  createLessonAttachmentStepId,
  async ({ lesson_id, file }: { lesson_id: string; file: UploadedAttachment }, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const siblings = await courses.listLessonAttachments({ lesson_id }, { select: ["rank"] })
    const rank = siblings.length ? Math.max(...siblings.map((a) => a.rank)) + 1 : 0
    const attachment = await courses.createLessonAttachments({ lesson_id, rank, ...file })
    return new StepResponse({ id: attachment.id }, attachment.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteLessonAttachments(id)
  }
)
