import type { HttpTypes } from "@medusajs/types"
import { variantPrice } from "@/lib/util/prices"
import { formatsInOrder, productAuthor } from "@/lib/util/products"
import { availableQuantity, stockState } from "@/lib/util/stock"

/** schema.org Book + Product with one offer per format, for search engines. */
export function bookStructuredData(product: HttpTypes.StoreProduct, url: string) {
  const author = productAuthor(product)
  return {
    "@context": "https://schema.org",
    "@type": ["Book", "Product"],
    name: product.title,
    description: product.description ?? undefined,
    image: product.thumbnail ?? undefined,
    url,
    author: author ? { "@type": "Person", name: author } : undefined,
    offers: formatsInOrder(product).flatMap((variant) => {
      const price = variantPrice(variant)
      if (!price) return []
      return [
        {
          "@type": "Offer",
          name: variant.title,
          sku: variant.sku ?? undefined,
          price: price.amount.toFixed(2),
          priceCurrency: price.currencyCode.toUpperCase(),
          availability: stockState(availableQuantity(variant)).inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
          url,
        },
      ]
    }),
  }
}

/** `<` is escaped so no text in the data can close the script element. */
export default function BookJsonLd({ product, url }: { product: HttpTypes.StoreProduct; url: string }) {
  const json = JSON.stringify(bookStructuredData(product, url)).replace(/</g, "\\u003c")
  return <script type="application/ld+json" data-testid="book-json-ld" dangerouslySetInnerHTML={{ __html: json }} />
}
