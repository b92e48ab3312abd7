import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"
import { STOCK_ALERTS_MODULE } from "../../../modules/stock-alerts"
import type StockAlertsModuleService from "../../../modules/stock-alerts/service"
import { VARIANT_STOCK_FIELDS, variantStock } from "../../../workflows/stock-alerts/variant-stock"
import type { StoreRestockRequestType } from "./validators"

const nameOf = (s: { product_title: string; variant_title: string }) => (s.variant_title ? `“${s.product_title}” (${s.variant_title})` : `“${s.product_title}”`)

/**
 * POST { variant_id, email?, country_code }: wait for a sold-out print format.
 * 201 when added, 200 when that email already waits for it (the same answer
 * otherwise, so it tells no one who else is waiting). 400 without an email
 * when signed out, or for a format that never runs out (ebooks, courses);
 * 404 for no such format on sale; 409 when it can be bought now.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRestockRequestType>, res: MedusaResponse) {
  const { variant_id, country_code } = req.validatedBody
  const customerId = req.auth_context?.actor_id || null
  let email = req.validatedBody.email
  if (!email && customerId) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["email"] })
    email = customer.email?.toLowerCase()
  }
  if (!email) return res.status(400).json({ type: "invalid_data", message: "email is required: which address should we tell when it is back?" })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [...VARIANT_STOCK_FIELDS, "product.status"],
    filters: { id: variant_id },
  })
  const variant = data[0] as (Parameters<typeof variantStock>[0] & { product?: { status?: string } }) | undefined
  if (!variant || variant.product?.status !== "published") {
    return res.status(404).json({ type: "not_found", message: `No book format with id ${variant_id} is on sale` })
  }
  const stock = variantStock(variant, env.LOW_STOCK_THRESHOLD)
  if (!stock) {
    const title = variant.title ? ` (${variant.title})` : ""
    return res.status(400).json({ type: "invalid_data", message: `This format${title} never runs out: it can be bought at any time` })
  }
  if (stock.available > 0) {
    return res.status(409).json({ type: "conflict", message: `${nameOf(stock)} is in stock: add it to your cart` })
  }
  const added = await req.scope
    .resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
    .requestRestockNotice({ variant_id, email, customer_id: customerId, country_code })
  res.status(added ? 201 : 200).json({ restock_request: { variant_id, email, waiting: true } })
}
