import type { HttpTypes } from "@medusajs/types"

/** The author commerce keeps in a book's metadata, when there is one. */
export function productAuthor(product: HttpTypes.StoreProduct): string | null {
  const author = product.metadata?.author
  return typeof author === "string" && author.trim() ? author.trim() : null
}
