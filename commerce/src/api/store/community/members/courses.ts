import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OPEN_ENROLLMENT } from "../../../../lib/courses/attachments/learner-access"
import { COURSES_MODULE } from "../../../../modules/courses"
import type CoursesModuleService from "../../../../modules/courses/service"

const coursesOf = (scope: MedusaContainer) => scope.resolve<CoursesModuleService>(COURSES_MODULE)

/** The courses a customer completed, newest first: shown on their profile when they allow it. */
export async function completedCourses(scope: MedusaContainer, customerId: string) {
  const enrollments = await coursesOf(scope).listEnrollments(
    { customer_id: customerId, status: "completed" },
    { relations: ["course"], order: { completed_at: "DESC" }, take: 50 }
  )
  type Course = { id: string; title: string; handle: string; status: string }
  return enrollments
    .map((e) => (e as unknown as { course?: Course | null }).course)
    .filter((c): c is Course => !!c && c.status === "published")
    .map((c) => ({ id: c.id, title: c.title, handle: c.handle }))
}

/**
 * Who took a published course (by handle or id): the customers enrolled in it
 * (active or completed). The courses module is its own; the directory asks it
 * for customers, then filters members who show their courses.
 */
export async function customersWhoTook(scope: MedusaContainer, course: string): Promise<string[]> {
  const courses = coursesOf(scope)
  const [found] = await courses.listCourses({ $or: [{ handle: course }, { id: course }], status: "published" }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${course} was not found`)
  const enrollments = await courses.listEnrollments(
    { course_id: found.id, status: OPEN_ENROLLMENT } as never,
    { select: ["customer_id"], take: null }
  )
  return [...new Set(enrollments.map((e) => e.customer_id))]
}
