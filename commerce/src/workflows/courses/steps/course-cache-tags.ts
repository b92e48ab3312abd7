import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const courseCacheTagsStepId = "course-cache-tags"

/** The storefront's cache tags for a course (and for its previous handle, when it was renamed). */
export const courseCacheTagsStep = createStep(
  courseCacheTagsStepId,
  async ({ course_id, previous_handle }: { course_id: string; previous_handle?: string | null }, { container }) => {
    const course = await container.resolve<CoursesModuleService>(COURSES_MODULE).retrieveCourse(course_id, { select: ["handle"] })
    const handles = [...new Set([course.handle, previous_handle].filter((h): h is string => !!h))]
    return new StepResponse(["courses", ...handles.map((h) => `course:${h}`)])
  }
)
