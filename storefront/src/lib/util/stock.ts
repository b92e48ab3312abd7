import type { HttpTypes } from "@medusajs/types"

/** How many can still be bought: null when stock is not counted (ebooks) or backorders are allowed. */
export function availableQuantity(variant: HttpTypes.StoreProductVariant): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}

/** Few enough to say so. */
export const LOW_STOCK = 5

export type StockState = { label: string; inStock: boolean }

export function stockState(available: number | null): StockState {
  if (available === null) return { label: "In stock", inStock: true }
  if (available <= 0) return { label: "Out of stock", inStock: false }
  if (available <= LOW_STOCK) return { label: `Only ${available} left`, inStock: true }
  return { label: "In stock", inStock: true }
}
