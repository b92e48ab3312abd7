import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"

export const linkCourseProductStepId = "link-course-product"

type Links = { course_id: string; previous_product_id: string | null; product_id: string | null }

const link = (courseId: string, productId: string) => ({
  [COURSES_MODULE]: { course_id: courseId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Sells the course as `product_id` (null: as nothing). A product already
 * selling another course is refused with 400. Compensation restores the
 * previous link.
 */
export const linkCourseProductStep = createStep(
  linkCourseProductStepId,
  async ({ course_id, product_id }: { course_id: string; product_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const remoteLink = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: courses } = await query.graph({ entity: "course", fields: ["id", "product.id"], filters: { id: course_id } })
    const previous = (courses[0] as { product?: { id: string } | null } | undefined)?.product?.id ?? null
    if (previous === product_id) return new StepResponse(product_id, null)
    if (product_id) {
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "course.id"], filters: { id: product_id } })
      const product = products[0] as { id: string; course?: { id: string } | null } | undefined
      if (!product) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No product ${product_id} to sell the course as`)
      if (product.course && product.course.id !== course_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${product_id} already sells course ${product.course.id}`)
      }
    }
    if (previous) await remoteLink.dismiss(link(course_id, previous))
    if (product_id) await remoteLink.create(link(course_id, product_id))
    return new StepResponse(product_id, { course_id, previous_product_id: previous, product_id } as Links)
  },
  async (links, { container }) => {
    if (!links) return
    const remoteLink = container.resolve(ContainerRegistrationKeys.LINK)
    if (links.product_id) await remoteLink.dismiss(link(links.course_id, links.product_id))
    if (links.previous_product_id) await remoteLink.create(link(links.course_id, links.previous_product_id))
  }
)
