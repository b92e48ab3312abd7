import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { splitLines } from "../../../lib/marketplace/split-lines"
import { env } from "../../../lib/env"
import { computeSplit } from "../../../modules/marketplace/lib/split"
import { toSubunits } from "../../../modules/paystack/amounts"

const PAYSTACK = "pp_paystack_paystack"

/**
 * A Paystack payment for a cart with approved vendors' lines is split at
 * Paystack: the split is worked out here, from the cart in the database
 * (never from the browser, whose `split` is dropped), and handed to the
 * provider in the session data, which sends it on initialize. A cart of the
 * author's own titles gets none.
 */
export async function attachMarketplaceSplit(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { provider_id?: string; data?: Record<string, unknown> }
  const { split: _fromBrowser, ...data } = body.data ?? {}
  req.body = { ...body, data }
  if (body.provider_id !== PAYSTACK) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id", "payment_collection.amount", "payment_collection.currency_code"],
    filters: { payment_collection_id: req.params.id },
  })
  const row = links[0] as { cart_id: string; payment_collection?: { amount: unknown; currency_code: string } } | undefined
  if (!row?.payment_collection) return next()
  // The cart module computes line totals only for the cart itself (not through the link) and only when a cart total is asked for too.
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "total", "items.id", "items.product_id", "items.total"], filters: { id: row.cart_id } })
  const cart = carts[0] as { items?: { id: string; product_id: string | null; total: unknown }[] } | undefined
  if (!cart) return next()
  const charged = toSubunits(row.payment_collection.amount as never, row.payment_collection.currency_code)
  const lines = await splitLines(query, cart.items ?? [])
  let split
  try {
    split = computeSplit({ charged, lines, fees: env.MARKETPLACE_PAYSTACK_FEES })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This cart's payment cannot be split between its sellers: ${(error as Error).message}`)
  }
  if (split) req.body = { ...body, data: { ...data, split: split.paystack } }
  next()
}
