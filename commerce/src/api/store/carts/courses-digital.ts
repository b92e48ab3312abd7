import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A course is taken online: its line never needs an address or a delivery
 * method, whatever shipping profile staff gave its product. Marked here,
 * after Medusa has validated the request, as ebook lines are.
 */
export async function markCourseLinesDigital(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const item = req.validatedBody as { variant_id?: string; requires_shipping?: boolean } | undefined
  if (!item?.variant_id || item.requires_shipping === false) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.course.id"],
    filters: { id: item.variant_id },
  })
  if ((data[0] as { product?: { course?: { id: string } | null } | null } | undefined)?.product?.course) item.requires_shipping = false
  next()
}
