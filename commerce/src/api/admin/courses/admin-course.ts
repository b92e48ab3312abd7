import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COURSE_OUTLINE_FIELDS, orderedSections, type OutlineCourse } from "../../../lib/courses/outline"

/** A course as staff edit it: every field, its outline in order with bodies, and its product. */
export async function retrieveAdminCourse(scope: MedusaContainer, id: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "course",
    fields: [...COURSE_OUTLINE_FIELDS, "product.title", "created_at", "updated_at"],
    filters: { id },
  })
  const course = data[0] as unknown as (OutlineCourse & { product?: { id: string; handle?: string; title?: string } | null }) | undefined
  if (!course) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No course ${id}`)
  return { ...course, sections: orderedSections(course) }
}
