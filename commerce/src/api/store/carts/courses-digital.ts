import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestedLines } from "./requested-lines"

/**
 * A course is taken online: its line never needs an address or a delivery
 * method, whatever shipping profile staff gave its product. Marked here,
 * after Medusa has validated the request, as ebook lines are.
 */
export async function markCourseLinesDigital(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const lines = requestedLines(req.validatedBody).filter((line) => line.requires_shipping !== false)
  if (!lines.length) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.course.id"],
    filters: { id: [...new Set(lines.map((line) => line.variant_id!))] },
  })
  const courses = new Set(
    (data as { id: string; product?: { course?: { id: string } | null } | null }[]).filter((v) => v.product?.course).map((v) => v.id)
  )
  for (const line of lines) if (courses.has(line.variant_id!)) line.requires_shipping = false
  next()
}
