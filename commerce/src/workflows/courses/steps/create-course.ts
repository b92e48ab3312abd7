import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const createCourseStepId = "create-course"

export type CourseInput = {
  title: string
  handle: string
  description?: string | null
  level?: "beginner" | "intermediate" | "advanced"
  cover_url?: string | null
  status?: "draft" | "published"
}

/** A new course (a duplicate handle is a 400 naming it); compensation deletes it. */
export const createCourseStep = createStep(
  createCourseStepId,
  async (input: CourseInput, { container }) => {
    const course = await container.resolve<CoursesModuleService>(COURSES_MODULE).createCourses(input)
    return new StepResponse(course, course.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteCourses(id)
  }
)
