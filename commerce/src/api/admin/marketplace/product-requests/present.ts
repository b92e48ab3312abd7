import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

type Request = { id: string; vendor_id: string; product_id: string; kind: string; status: string; proposed: unknown; previous: unknown; decided_by: string | null; decided_at: Date | string | null; reason: string | null; created_at: Date | string }

/**
 * Requests as staff see them, with the vendor's name and the product as it
 * is now (a new product's "after" is the draft itself: the vendor may have
 * corrected it since asking).
 */
export async function presentProductRequests(container: MedusaContainer, requests: Request[]) {
  const vendorIds = [...new Set(requests.map((r) => r.vendor_id))]
  const productIds = [...new Set(requests.map((r) => r.product_id))]
  const vendors = vendorIds.length ? await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listVendors({ id: vendorIds }, { select: ["id", "name"] }) : []
  const { data: products } = productIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "subtitle", "description", "status", "handle", "variants.id", "variants.title", "variants.variant_rank", "variants.prices.amount", "variants.prices.currency_code"],
        filters: { id: productIds },
      })
    : { data: [] }
  return requests.map((r) => {
    const product = products.find((p) => p.id === r.product_id)
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      vendor: { id: r.vendor_id, name: vendors.find((v) => v.id === r.vendor_id)?.name ?? null },
      product: product
        ? {
            id: product.id,
            title: product.title,
            subtitle: product.subtitle,
            description: product.description,
            status: product.status,
            handle: product.handle,
            variants: [...(product.variants ?? [])].sort((a, b) => (a!.variant_rank ?? 0) - (b!.variant_rank ?? 0)).map((v) => ({
              id: v!.id,
              title: v!.title,
              prices: Object.fromEntries(((v as { prices?: { currency_code: string; amount: number }[] }).prices ?? []).map((p) => [p.currency_code, Number(p.amount)])),
            })),
          }
        : null,
      proposed: r.proposed,
      previous: r.previous,
      decided_by: r.decided_by,
      decided_at: r.decided_at,
      reason: r.reason,
      created_at: r.created_at,
    }
  })
}
