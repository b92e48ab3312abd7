import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COURSE_OUTLINE_FIELDS, publicCourse, type OutlineCourse } from "../../../lib/courses/outline"
import type { StoreListCoursesParamsType } from "./validators"

/** Published courses, newest first, each with its public outline (bodies of free previews only). */
export async function GET(req: MedusaRequest<unknown, StoreListCoursesParamsType>, res: MedusaResponse) {
  const { limit, offset, level } = req.validatedQuery as StoreListCoursesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "course",
    fields: COURSE_OUTLINE_FIELDS,
    filters: { status: "published", ...(level ? { level } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    courses: (data as unknown as OutlineCourse[]).map(publicCourse),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
