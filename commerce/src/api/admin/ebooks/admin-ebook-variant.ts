import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentEbookFiles } from "../../../lib/ebooks/files"
import { isEbookVariant } from "../../../lib/ebooks/format"

export const EBOOK_VARIANT_FIELDS = ["id", "title", "sku", "product_id", "metadata", "options.value", "options.option.title"]

type Variant = {
  id: string
  title: string | null
  sku: string | null
  product_id: string | null
  metadata?: Record<string, unknown> | null
  options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null
}

/** An ebook variant as the admin's ebook panel shows it: each format's file, without its storage key. */
export function toAdminEbookVariant(variant: Variant) {
  return { id: variant.id, title: variant.title, sku: variant.sku, product_id: variant.product_id, files: presentEbookFiles(variant) }
}

/** The variant, if it sells an ebook: 404 for no variant, 400 for a print variant. */
export async function retrieveEbookVariant(scope: MedusaContainer, variantId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: EBOOK_VARIANT_FIELDS,
    filters: { id: variantId },
  })
  const variant = data[0] as Variant | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant ${variantId}`)
  if (!isEbookVariant(variant)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${variant.title}" is not an ebook: only a variant whose Format is Ebook has ebook files`)
  }
  return variant
}
