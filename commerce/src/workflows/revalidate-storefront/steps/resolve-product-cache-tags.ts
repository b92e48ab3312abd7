import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What changed: the entity an event was about, and the ids it named. */
export type CatalogChange = {
  entity: "product" | "product_variant" | "price" | "inventory_level" | "inventory_item"
  ids: string[]
}

/** The relation path from each entity to its products' handles. */
const HANDLE_PATH: Record<CatalogChange["entity"], string> = {
  product: "handle",
  product_variant: "product.handle",
  price: "price_set.variant_link.variant.product.handle",
  inventory_item: "variants.product.handle",
  inventory_level: "inventory_item.variants.product.handle",
}

type Row = Record<string, unknown>

/** Walks a relation path through nested rows and arrays, collecting the leaves. */
function collect(row: unknown, path: string[]): string[] {
  if (row == null) return []
  if (Array.isArray(row)) return row.flatMap((item) => collect(item, path))
  if (!path.length) return typeof row === "string" ? [row] : []
  return collect((row as Row)[path[0]], path.slice(1))
}

export const resolveProductCacheTagsStepId = "resolve-product-cache-tags"

/** Turns a catalogue change into the storefront cache tags it makes stale. */
export const resolveProductCacheTagsStep = createStep(
  resolveProductCacheTagsStepId,
  async (change: CatalogChange, { container }): Promise<StepResponse<string[]>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const path = HANDLE_PATH[change.entity]
    const { data } = await query.graph(
      { entity: change.entity, fields: [path], filters: { id: change.ids } },
      // A deleted product still has a page to expire.
      { withDeleted: true } as never
    )
    const handles = [...new Set(data.flatMap((row) => collect(row, path.split("."))))]
    return new StepResponse(["products", ...handles.map((handle) => `product:${handle}`)])
  }
)
