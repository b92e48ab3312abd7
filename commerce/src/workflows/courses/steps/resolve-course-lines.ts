import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveCourseLinesStepId = "resolve-course-lines"

export type CourseOrder = {
  id: string
  email?: string | null
  customer_id?: string | null
  items?: ({ id: string; product_id?: string | null } | null)[] | null
  shipping_address?: { country_code?: string | null } | null
  billing_address?: { country_code?: string | null } | null
}

export type CourseLine = {
  course_id: string
  course_title: string
  course_handle: string
  customer_id: string
  order_id: string
  line_item_id: string
}

/** The order's lines whose product is a course: one enrollment each. Nothing to undo. */
export const resolveCourseLinesStep = createStep(resolveCourseLinesStepId, async (order: CourseOrder, { container }) => {
  const items = (order.items ?? []).filter((i): i is { id: string; product_id: string } => !!i?.product_id)
  if (!order.customer_id || !items.length) return new StepResponse([] as CourseLine[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "course.id", "course.title", "course.handle"],
    filters: { id: [...new Set(items.map((i) => i.product_id))] },
  })
  type Linked = { id: string; course?: { id: string; title: string; handle: string } | null }
  const courseOf = new Map((products as unknown as Linked[]).map((p) => [p.id, p.course ?? null]))
  const lines = items.flatMap((item) => {
    const course = courseOf.get(item.product_id)
    return course
      ? [{ course_id: course.id, course_title: course.title, course_handle: course.handle, customer_id: order.customer_id!, order_id: order.id, line_item_id: item.id }]
      : []
  })
  return new StepResponse(lines)
})
