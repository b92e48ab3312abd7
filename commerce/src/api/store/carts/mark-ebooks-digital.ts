import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isEbookVariant } from "../../../lib/ebooks/format"
import { requestedLines } from "./requested-lines"

/**
 * A book's print and ebook formats share one product, and so one shipping
 * profile, which makes Medusa mark every line as needing shipping. An ebook
 * line is marked digital here, after Medusa has validated the request, so a
 * cart of ebooks checks out without an address or a delivery method, whether
 * the ebook is added to a cart or given in the `items` that create one.
 */
export async function markEbooksDigital(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const lines = requestedLines(req.validatedBody)
  if (!lines.length) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "options.value", "options.option.title"],
    filters: { id: [...new Set(lines.map((line) => line.variant_id!))] },
  })
  const ebooks = new Set(data.filter(isEbookVariant).map((variant) => variant.id))
  for (const line of lines) if (ebooks.has(line.variant_id!)) line.requires_shipping = false
  next()
}
