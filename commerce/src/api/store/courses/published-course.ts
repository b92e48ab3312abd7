import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COURSE_OUTLINE_FIELDS, type OutlineCourse } from "../../../lib/courses/outline"
import { HANDLE } from "./validators"

/** The published course with this handle and its whole outline, or a 404 naming the handle. */
export async function retrievePublishedCourse(scope: MedusaContainer, handle: string): Promise<OutlineCourse> {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No published course "${handle}"`)
  if (!HANDLE.test(handle)) throw notFound
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "course",
    fields: COURSE_OUTLINE_FIELDS,
    filters: { handle, status: "published" },
  })
  if (!data[0]) throw notFound
  return data[0] as unknown as OutlineCourse
}
