import type { HttpTypes } from "@medusajs/types"

export type VariantPrice = { amount: number; currencyCode: string }

/** The calculated price of one variant in the region it was fetched for. */
export function variantPrice(variant: HttpTypes.StoreProductVariant): VariantPrice | null {
  const price = variant.calculated_price
  if (!price || price.calculated_amount == null || !price.currency_code) return null
  return { amount: Number(price.calculated_amount), currencyCode: price.currency_code }
}

/** The lowest price among a product's variants ("from ₦6,500"). */
export function cheapestPrice(product: HttpTypes.StoreProduct): VariantPrice | null {
  let cheapest: VariantPrice | null = null
  for (const variant of product.variants ?? []) {
    const price = variantPrice(variant)
    if (price && (!cheapest || price.amount < cheapest.amount)) cheapest = price
  }
  return cheapest
}
