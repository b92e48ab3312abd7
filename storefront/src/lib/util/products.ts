import type { HttpTypes } from "@medusajs/types"

/** The author commerce keeps in a book's metadata, when there is one. */
export function productAuthor(product: HttpTypes.StoreProduct): string | null {
  const author = product.metadata?.author
  return typeof author === "string" && author.trim() ? author.trim() : null
}

const FORMAT_ORDER = ["hardcover", "paperback", "ebook"]
const formatRank = (variant: HttpTypes.StoreProductVariant) => {
  const i = FORMAT_ORDER.indexOf((variant.title ?? "").toLowerCase())
  return i === -1 ? FORMAT_ORDER.length : i
}

/** A book's formats in the order readers expect: hardcover, paperback, ebook, then any other. */
export function formatsInOrder(product: HttpTypes.StoreProduct): HttpTypes.StoreProductVariant[] {
  return [...(product.variants ?? [])].sort((a, b) => formatRank(a) - formatRank(b))
}
