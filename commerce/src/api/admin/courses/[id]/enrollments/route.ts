import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { learnerEnrollment, ENROLLMENT_FIELDS } from "../../../../../lib/courses/enrollments"
import { retrieveAdminCourse } from "../../admin-course"
import type { AdminCourseEnrollmentsParamsType } from "../../validators"

/** A course's enrollments with each learner's progress, and the course's completion rate. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCourseEnrollmentsParamsType>, res: MedusaResponse) {
  const { id } = req.params as { id: string }
  await retrieveAdminCourse(req.scope, id)
  const { limit, offset } = req.validatedQuery as AdminCourseEnrollmentsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "enrollment",
    fields: [...ENROLLMENT_FIELDS, "customer.email", "customer.first_name", "customer.last_name"],
    filters: { course_id: id },
    pagination: { skip: offset, take: limit, order: { enrolled_at: "DESC" } },
  })
  const enrollments = (data as any[]).map((row) => ({ ...learnerEnrollment(row), customer: row.customer ?? null }))
  const { data: all } = await query.graph({ entity: "enrollment", fields: ["status"], filters: { course_id: id } })
  const counted = all.filter((e: { status: string }) => e.status !== "revoked")
  const completed = counted.filter((e: { status: string }) => e.status === "completed").length
  res.json({
    enrollments,
    count: metadata?.count ?? enrollments.length,
    summary: {
      enrolled: counted.length,
      completed,
      revoked: all.length - counted.length,
      completion_rate: counted.length ? Math.round((completed * 1000) / counted.length) / 10 : 0,
    },
  })
}
