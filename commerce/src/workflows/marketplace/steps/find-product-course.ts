import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findProductCourseStepId = "find-product-course"

/** The course a product sells (through the course↔product link), if any: its id and status. Reads only. */
export const findProductCourseStep = createStep(findProductCourseStepId, async ({ product_id }: { product_id: string }, { container }) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "course.id", "course.status"], filters: { id: product_id } })
  const course = (data[0] as { course?: { id: string; status: string } | null } | undefined)?.course ?? null
  return new StepResponse({ course_id: course?.id ?? null, status: course?.status ?? null })
})
