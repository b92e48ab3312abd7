import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus, toHandle } from "@medusajs/framework/utils"
import { PRINT_FORMATS, type VendorCreateProductType } from "../../api/vendors/me/products/validators"
import type { ShopCatalog } from "../../lib/marketplace/shop-catalog"

const amounts = (prices: Record<string, number>) => Object.entries(prices).map(([currency_code, amount]) => ({ currency_code, amount }))

/**
 * A vendor's book or course as Medusa product input, shaped like the shop's
 * own (the seed's): a book has a Format option with one variant per format
 * (print stocked through inventory, the ebook not), a course one "Online
 * course" variant. Always a draft in no sales channel: staff approval
 * publishes it.
 */
export function vendorProductInput(body: VendorCreateProductType, vendor: { id: string; name: string; handle: string }, shop: ShopCatalog, suffix: string): CreateProductWorkflowInputDTO {
  const handle = `${toHandle(body.title).slice(0, 80).replace(/-+$/, "")}-${vendor.handle}-${suffix}`
  const common = {
    title: body.title,
    handle,
    description: body.description ?? null,
    status: ProductStatus.DRAFT,
    shipping_profile_id: shop.shipping_profile_id ?? undefined,
    metadata: { author: vendor.name, vendor_id: vendor.id, kind: body.type },
  }
  if (body.type === "course") {
    return {
      ...common,
      options: [{ title: "Access", values: ["Online course"] }],
      variants: [{ title: "Online course", sku: `${handle}-course`.toUpperCase(), options: { Access: "Online course" }, manage_inventory: false, prices: amounts(body.prices) }],
    }
  }
  return {
    ...common,
    subtitle: body.subtitle,
    options: [{ title: "Format", values: body.formats.map((f) => f.format) }],
    // In the order the vendor gave the formats: Medusa stores no order of its own, and the portal, the
    // shop and the API list a product's variants by this rank.
    variants: body.formats.map((f, rank) => ({
      title: f.format,
      variant_rank: rank,
      sku: `${handle}-${f.format}`.toUpperCase(),
      options: { Format: f.format },
      manage_inventory: PRINT_FORMATS.includes(f.format),
      weight: f.format === "Ebook" ? undefined : f.format === "Hardcover" ? 650 : 380,
      metadata: { format: f.format.toLowerCase() },
      prices: amounts(f.prices),
    })),
  }
}

/** Copies on hand per SKU, for the print formats of a new book. */
export const printStockBySku = (body: VendorCreateProductType, product: CreateProductWorkflowInputDTO): Record<string, number> =>
  body.type === "book"
    ? Object.fromEntries(body.formats.filter((f) => PRINT_FORMATS.includes(f.format)).map((f) => [product.variants!.find((v) => v.title === f.format)!.sku!, f.stock ?? 0]))
    : {}
