import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** The variant fields `variantStock` reads, for Query. */
export const VARIANT_STOCK_FIELDS = [
  "id",
  "title",
  "sku",
  "manage_inventory",
  "metadata",
  "product.id",
  "product.title",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]

type Quantity = Parameters<typeof MathBN.convert>[0] | null | undefined
type StockedVariant = {
  id: string
  title?: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  metadata?: Record<string, unknown> | null
  product?: { id: string; title?: string | null } | null
  inventory_items?: ({
    required_quantity?: Quantity
    inventory?: { location_levels?: ({ stocked_quantity?: Quantity; reserved_quantity?: Quantity } | null)[] | null } | null
  } | null)[] | null
}

export type VariantStock = {
  variant_id: string
  product_id: string | null
  product_title: string
  variant_title: string
  sku: string | null
  /** What can still be sold: stocked less reserved over every location, in whole variants. */
  available: number
  threshold: number
  state: "out" | "low" | "ok"
}

/** The variant's own `metadata.low_stock_threshold` (a whole number, 0 or more), else the shop's. */
export function thresholdOf(metadata: Record<string, unknown> | null | undefined, fallback: number): number {
  const own = metadata?.low_stock_threshold
  const value = typeof own === "string" && /^\d+$/.test(own.trim()) ? Number(own) : own
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fallback
}

/** A stocked variant's availability and threshold; null for one whose stock is not managed (ebooks, courses). */
export function variantStock(variant: StockedVariant, fallbackThreshold: number): VariantStock | null {
  const items = (variant.inventory_items ?? []).filter((item) => !!item?.inventory)
  if (!variant.manage_inventory || !items.length) return null
  // As Medusa counts a variant's quantity: the scarcest of its inventory items decides.
  const available = Math.min(
    ...items.map((item) => {
      const levels = item!.inventory!.location_levels ?? []
      const free = levels.reduce((sum, l) => MathBN.add(sum, MathBN.sub(MathBN.convert(l?.stocked_quantity ?? 0), MathBN.convert(l?.reserved_quantity ?? 0))), MathBN.convert(0))
      return Math.floor(MathBN.div(free, MathBN.convert(item!.required_quantity ?? 1)).toNumber())
    })
  )
  const threshold = thresholdOf(variant.metadata, fallbackThreshold)
  return {
    variant_id: variant.id,
    product_id: variant.product?.id ?? null,
    product_title: variant.product?.title ?? "",
    variant_title: variant.title ?? "",
    sku: variant.sku ?? null,
    available,
    threshold,
    state: available <= 0 ? "out" : available < threshold ? "low" : "ok",
  }
}

const PAGE = 200

/** The stock of every stocked variant matching `filters`, read from Query a page at a time. */
export async function loadVariantStock(query: Omit<RemoteQueryFunction, symbol>, filters: Record<string, unknown>, fallbackThreshold: number) {
  const stock: VariantStock[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity: "product_variant", fields: VARIANT_STOCK_FIELDS, filters, pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    for (const variant of data as StockedVariant[]) {
      const one = variantStock(variant, fallbackThreshold)
      if (one) stock.push(one)
    }
    if (data.length < PAGE) return stock
  }
}
