import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { CourseInput } from "./create-course"

export const updateCourseStepId = "update-course"

const FIELDS = ["id", "title", "handle", "description", "level", "cover_url", "status"] as const

/** Changes a course's details; compensation puts the previous ones back. Answers the old and new handle. */
export const updateCourseStep = createStep(
  updateCourseStepId,
  async ({ id, update }: { id: string; update: Partial<CourseInput> }, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const before = await courses.retrieveCourse(id, { select: [...FIELDS] })
    const after = await courses.updateCourses({ id, ...update })
    return new StepResponse({ course: after, previous_handle: before.handle }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, title, handle, description, level, cover_url, status } = before
    await container.resolve<CoursesModuleService>(COURSES_MODULE).updateCourses({ id, title, handle, description, level, cover_url, status })
  }
)
