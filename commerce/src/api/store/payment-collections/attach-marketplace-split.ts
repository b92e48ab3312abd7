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
  const { data: rows } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["payment_collection.amount", "payment_collection.currency_code", "cart.items.id", "cart.items.product_id", "cart.items.total"],
    filters: { payment_collection_id: req.params.id },
  })
  const row = rows[0] as { payment_collection?: { amount: unknown; currency_code: string }; cart?: { items?: { id: string; product_id: string | null; total: unknown }[] } } | undefined
  if (!row?.payment_collection || !row.cart) return next()
  const charged = toSubunits(row.payment_collection.amount as never, row.payment_collection.currency_code)
  const lines = await splitLines(query, row.cart.items ?? [])
  let split
  try {
    split = computeSplit({ charged, lines, fees: env.MARKETPLACE_PAYSTACK_FEES })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This cart's payment cannot be split between its sellers: ${(error as Error).message}`)
  }
  if (split) req.body = { ...body, data: { ...data, split: split.paystack } }
  next()
}
