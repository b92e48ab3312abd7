import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCourseWorkflow } from "../../../workflows/courses/admin/create-course"
import { retrieveAdminCourse } from "./admin-course"
import type { AdminCreateCourseType, AdminListCoursesParamsType } from "./validators"

/** Every course, drafts included, newest first; `product_id` narrows to the course sold as that product. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCoursesParamsType>, res: MedusaResponse) {
  const { limit, offset, product_id } = req.validatedQuery as AdminListCoursesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (product_id) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "course.id", "course.title", "course.handle", "course.status", "course.level"],
      filters: { id: product_id },
    })
    const course = (data[0] as { course?: unknown } | undefined)?.course
    return void res.json({ courses: course ? [course] : [], count: course ? 1 : 0, limit, offset })
  }
  const { data, metadata } = await query.graph({
    entity: "course",
    fields: ["id", "title", "handle", "status", "level", "cover_url", "created_at", "product.id", "product.title", "sections.lessons.id"],
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const courses = (data as any[]).map(({ sections, ...course }) => ({
    ...course,
    lesson_count: (sections ?? []).reduce((n: number, s: { lessons?: unknown[] } | null) => n + (s?.lessons?.length ?? 0), 0),
  }))
  res.json({ courses, count: metadata?.count ?? courses.length, limit, offset })
}

/** Creates a course (a draft unless `status` says otherwise), linked to `product_id` when given. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCourseType>, res: MedusaResponse) {
  const { result } = await createCourseWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ course: await retrieveAdminCourse(req.scope, result.id) })
}
