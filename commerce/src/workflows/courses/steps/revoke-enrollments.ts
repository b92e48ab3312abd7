import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const revokeEnrollmentsStepId = "revoke-course-enrollments"

type Previous = { id: string; status: "active" | "completed"; revoked_at: Date | null }

/** Takes back access to every course an order paid for; compensation restores each previous status. */
export const revokeEnrollmentsStep = createStep(
  revokeEnrollmentsStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const enrollments = await courses.listEnrollments({ order_id, status: ["active", "completed"] })
    if (!enrollments.length) return new StepResponse([] as string[], [] as Previous[])
    const revokedAt = new Date()
    await courses.updateEnrollments(enrollments.map((e) => ({ id: e.id, status: "revoked" as const, revoked_at: revokedAt })))
    return new StepResponse(
      enrollments.map((e) => e.id),
      enrollments.map((e) => ({ id: e.id, status: e.status as Previous["status"], revoked_at: e.revoked_at ?? null }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).updateEnrollments(previous)
  }
)
