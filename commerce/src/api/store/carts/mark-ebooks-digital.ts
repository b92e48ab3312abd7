import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isEbookVariant } from "../../../lib/ebooks/format"

/**
 * A book's print and ebook formats share one product, and so one shipping
 * profile, which makes Medusa mark every line as needing shipping. An ebook
 * line is marked digital here, after Medusa has validated the request, so a
 * cart of ebooks checks out without an address or a delivery method.
 */
export async function markEbooksDigital(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const item = req.validatedBody as { variant_id?: string; requires_shipping?: boolean } | undefined
  if (!item?.variant_id) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "options.value", "options.option.title"],
    filters: { id: item.variant_id },
  })
  if (data[0] && isEbookVariant(data[0])) item.requires_shipping = false
  next()
}
