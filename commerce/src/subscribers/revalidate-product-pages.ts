import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateProductPagesWorkflow } from "../workflows/revalidate-storefront"
import type { CatalogChange } from "../workflows/revalidate-storefront/steps/resolve-product-cache-tags"

const ENTITY_BY_PREFIX: [string, CatalogChange["entity"]][] = [
  ["product-variant.", "product_variant"],
  ["product.", "product"],
  ["pricing.price.", "price"],
  ["inventory-level.", "inventory_level"],
  ["inventory-item.", "inventory_item"],
]

/** Product, variant, price and stock changes make the storefront's book pages stale. */
export default async function revalidateProductPages({
  event,
  container,
}: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const entity = ENTITY_BY_PREFIX.find(([prefix]) => event.name.startsWith(prefix))?.[1]
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d.id).filter(Boolean)
  if (!entity || !ids.length) return
  await revalidateProductPagesWorkflow(container).run({ input: { entity, ids } })
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "inventory-item.updated",
  ],
}
