import { MedusaError } from "@medusajs/framework/utils"
import type { VendorUpdateProductType } from "../../api/vendors/me/products/validators"
import { checkPriceCurrencies } from "../../lib/marketplace/shop-catalog"

export type CurrentVendorProduct = {
  id: string
  status: string
  variants: {
    id: string
    title: string | null
    manage_inventory: boolean
    prices: { currency_code: string; amount: number }[]
    inventory_items: { inventory_item_id: string; inventory: { location_levels: { location_id: string }[] } }[]
  }[]
}
type VariantPrices = Record<string, Record<string, number>>

export type VendorProductUpdatePlan = {
  product_id: string
  details: { title?: string; description?: string } | null
  /** Prices set now: on a product not yet public, or a change within the threshold. */
  prices_now: { id: string; prices: { currency_code: string; amount: number }[] }[]
  /** The changed prices and what they replace, per variant id (applied now and logged, or waiting). */
  price_change: { proposed: VariantPrices; previous: VariantPrices; needs_approval: boolean; logged: boolean } | null
  stock_updates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
  stock_creates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
}

const asPrices = (p: Record<string, number>) => Object.entries(p).map(([currency_code, amount]) => ({ currency_code, amount }))
const pricesOf = (v: CurrentVendorProduct["variants"][number]) => Object.fromEntries(v.prices.map((p) => [p.currency_code, Number(p.amount)]))
/** Beyond the threshold up or down, in percent of the current price (a currency without a price counts as beyond). */
const beyond = (before: number | undefined, after: number, percent: number) => !before || (Math.abs(after - before) / before) * 100 > percent + 1e-9

/**
 * What a vendor's edit does. A product not yet public takes new prices at
 * once (staff see them when approving it); a public one takes a change
 * within `threshold_percent` at once, logged, and waits for staff when any
 * price moves beyond it.
 */
export function planVendorProductUpdate(
  product: CurrentVendorProduct,
  body: VendorUpdateProductType,
  shop: { currencies: string[]; stock_location_id: string | null; threshold_percent: number }
): VendorProductUpdatePlan {
  const proposed: VariantPrices = {}
  const previous: VariantPrices = {}
  const plan: VendorProductUpdatePlan = { product_id: product.id, details: null, prices_now: [], price_change: null, stock_updates: [], stock_creates: [] }
  if (body.title !== undefined || body.description !== undefined) plan.details = { title: body.title, description: body.description }
  let needsApproval = false
  body.variants?.forEach((change, i) => {
    const variant = product.variants.find((v) => v.id === change.id)
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants[${i}].id is not a variant of this product`)
    if (change.prices) {
      checkPriceCurrencies(`variants[${i}].prices`, change.prices, shop.currencies)
      const before = pricesOf(variant)
      if (Object.entries(change.prices).some(([c, amount]) => before[c] !== amount)) {
        proposed[variant.id] = change.prices
        previous[variant.id] = before
        needsApproval ||= Object.entries(change.prices).some(([c, amount]) => beyond(before[c], amount, shop.threshold_percent))
      }
    }
    if (change.stock !== undefined) {
      const item = variant.inventory_items[0]
      if (!variant.manage_inventory || !item) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants[${i}].stock: ${variant.title ?? "this variant"} has no stock to count (only print formats do)`)
      if (!shop.stock_location_id) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The shop has no stock location for print stock")
      const level = { inventory_item_id: item.inventory_item_id, location_id: shop.stock_location_id, stocked_quantity: change.stock }
      const exists = item.inventory.location_levels.some((l) => l.location_id === shop.stock_location_id)
      ;(exists ? plan.stock_updates : plan.stock_creates).push(level)
    }
  })
  if (Object.keys(proposed).length) {
    const isPublic = product.status === "published"
    const waits = isPublic && needsApproval
    plan.price_change = { proposed, previous, needs_approval: waits, logged: isPublic }
    if (!waits) plan.prices_now = Object.entries(proposed).map(([id, prices]) => ({ id, prices: asPrices(prices) }))
  }
  return plan
}

/** The variants' new prices of an approved price change, as Medusa's variant update takes them. */
export const approvedPrices = (proposed: VariantPrices) => Object.entries(proposed).map(([id, prices]) => ({ id, prices: asPrices(prices) }))
