import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ebookFiles, presentEbookFiles } from "../../../../lib/ebooks/files"
import { isEbookVariant } from "../../../../lib/ebooks/format"
import { env } from "../../../../lib/env"
import { EBOOK_VARIANT_FIELDS } from "../../../admin/ebooks/admin-ebook-variant"
import { retrieveVendorProducts } from "./own-products"

type EbookVariant = {
  id: string
  title: string | null
  metadata?: Record<string, unknown> | null
  options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null
}

/**
 * The vendor's own product and its Ebook variant: the same 404 as every
 * product route for a product that is not theirs, a 400 for one of theirs
 * that sells no ebook (a course, a print-only book).
 */
export async function retrieveVendorEbook(scope: MedusaContainer, vendorId: string, productId: string) {
  const [product] = await retrieveVendorProducts(scope, vendorId, productId)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: EBOOK_VARIANT_FIELDS, filters: { product_id: product.id } })
  const variant = (data as unknown as EbookVariant[]).find(isEbookVariant)
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${product.title}" has no Ebook format: only an ebook has ebook files`)
  return { product, variant, files: ebookFiles(variant) }
}

/** What the portal's Ebook file panel shows: each format's file (never its storage key), and the largest upload. */
export const presentVendorEbook = ({ product, variant }: { product: { id: string; status: string }; variant: EbookVariant }) => ({
  product_id: product.id,
  variant_id: variant.id,
  in_shop: product.status === "published",
  files: presentEbookFiles(variant),
  max_bytes: env.EBOOK_MAX_BYTES,
})
