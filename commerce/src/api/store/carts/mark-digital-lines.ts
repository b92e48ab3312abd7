import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isEbookVariant } from "../../../lib/ebooks/format"

type Variant = {
  id: string
  options?: { value?: string | null; option?: { title?: string | null } | null }[] | null
  product?: { course?: { id: string } | null } | null
}

/** A line a shopper asks for, as Medusa's validators left it. */
type RequestedLine = { variant_id?: string; requires_shipping?: boolean }

/**
 * The lines in a validated cart request: the one line of
 * `POST /store/carts/:id/line-items`, or the `items` of `POST /store/carts`.
 * Both reach Medusa's line-item preparation, which honours `requires_shipping`.
 */
function requestedLines(validatedBody: unknown): RequestedLine[] {
  const body = validatedBody as (RequestedLine & { items?: RequestedLine[] }) | undefined
  if (!body) return []
  if (body.variant_id) return [body]
  return Array.isArray(body.items) ? body.items.filter((line) => !!line?.variant_id) : []
}

/**
 * Ebooks and courses are delivered online, yet Medusa marks every line whose
 * product has a shipping profile as needing shipping (a book's print and ebook
 * formats share one product; staff may give a course's product a profile).
 * Such lines are marked digital here, after Medusa has validated the request,
 * whether added to a cart or given in the `items` that create one, so a cart
 * of them checks out without an address or a delivery method. One query for
 * every line of the request.
 */
export async function markDigitalLines(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const lines = requestedLines(req.validatedBody).filter((line) => line.requires_shipping !== false)
  if (!lines.length) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "options.value", "options.option.title", "product.course.id"],
    filters: { id: [...new Set(lines.map((line) => line.variant_id!))] },
  })
  const digital = new Set((data as Variant[]).filter((v) => isEbookVariant(v) || !!v.product?.course).map((v) => v.id))
  for (const line of lines) if (digital.has(line.variant_id!)) line.requires_shipping = false
  next()
}
