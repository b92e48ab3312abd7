import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { OutlineChange } from "./change-course-outline"

export const findRemovedLessonAttachmentsStepId = "find-removed-lesson-attachments"

/**
 * The attachments an outline change takes away with the lessons it deletes
 * (one lesson, or a whole section's), read before the change and only within
 * this course. Reads only: nothing to undo.
 */
export const findRemovedLessonAttachmentsStep = createStep(
  findRemovedLessonAttachmentsStepId,
  async ({ course_id, change }: { course_id: string; change: OutlineChange }, { container }) => {
    if (change.action !== "delete-lesson" && change.action !== "delete-section") return new StepResponse([] as string[])
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const sectionIds = (await courses.listCourseSections({ course_id }, { select: ["id"] })).map((s) => s.id)
    if (!sectionIds.length) return new StepResponse([] as string[])
    const lessonFilter = change.action === "delete-lesson" ? { id: change.id, section_id: sectionIds } : { section_id: sectionIds.filter((id) => id === change.id) }
    const lessons = await courses.listCourseLessons(lessonFilter, { select: ["id"] })
    if (!lessons.length) return new StepResponse([] as string[])
    const attachments = await courses.listLessonAttachments({ lesson_id: lessons.map((l) => l.id) }, { select: ["id"] })
    return new StepResponse(attachments.map((a) => a.id))
  }
)
