import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorProductLink from "../../../../links/vendor-product"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

export const VENDOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "status",
  "metadata",
  "created_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

/** Ids of the vendor's products (or, given one, that one if it is theirs). */
async function vendorProductIds(container: MedusaContainer, vendorId: string, productId?: string): Promise<string[]> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: VendorProductLink.entryPoint, fields: ["product_id"], filters: { vendor_id: vendorId, ...(productId ? { product_id: productId } : {}) } })
  return data.map((l: { product_id: string }) => l.product_id)
}

/**
 * The vendor's products with their approval: a 404 for any product that is
 * not theirs (another vendor's, the shop's own, or none), the same answer,
 * so a vendor learns nothing about products that are not theirs.
 */
export async function retrieveVendorProducts(container: MedusaContainer, vendorId: string, productId?: string) {
  const ids = await vendorProductIds(container, vendorId, productId)
  if (productId && !ids.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product of yours with id ${productId}`)
  if (!ids.length) return []
  const { data: products } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: ids } })
  const requests = await container
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listProductChangeRequests({ vendor_id: vendorId, product_id: ids }, { order: { created_at: "DESC" } })
  return products
    .sort((a, b) => +new Date(b.created_at as Date) - +new Date(a.created_at as Date))
    .map((p) => presentVendorProduct(p as never, requests.filter((r) => r.product_id === p.id)))
}

type Product = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  status: string
  metadata: Record<string, unknown> | null
  variants: {
    id: string
    title: string
    sku: string | null
    variant_rank: number | null
    manage_inventory: boolean
    prices: { amount: number; currency_code: string }[]
    inventory_items: { inventory: { location_levels: { stocked_quantity: number }[] } }[]
  }[]
}
type Request = { id: string; kind: string; status: string; reason: string | null; proposed: unknown; created_at: Date | string }

/** Live once staff approved it; otherwise awaiting approval or rejected (with staff's reason). */
const approvalOf = (product: Product, requests: Request[]) => {
  if (product.status === "published") return { status: "approved" as const, reason: null }
  const asked = requests.find((r) => r.kind === "new")
  if (asked?.status === "rejected") return { status: "rejected" as const, reason: asked.reason }
  return { status: "pending" as const, reason: null }
}

export function presentVendorProduct(product: Product, requests: Request[]) {
  const waiting = requests.find((r) => r.kind === "price_change" && r.status === "pending")
  const lastRejected = requests.find((r) => r.kind === "price_change" && r.status !== "approved")
  return {
    id: product.id,
    title: product.title,
    subtitle: product.subtitle,
    handle: product.handle,
    description: product.description,
    type: product.metadata?.kind === "course" ? "course" : "book",
    status: product.status,
    approval: approvalOf(product, requests),
    pending_price_change: waiting ? { id: waiting.id, proposed: waiting.proposed, requested_at: waiting.created_at } : null,
    rejected_price_change: !waiting && lastRejected?.status === "rejected" ? { reason: lastRejected.reason } : null,
    variants: [...product.variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      prices: Object.fromEntries(v.prices.map((p) => [p.currency_code, Number(p.amount)])),
      stock: v.manage_inventory ? (v.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? []).reduce((n, l) => n + Number(l.stocked_quantity), 0) : null,
    })),
  }
}
