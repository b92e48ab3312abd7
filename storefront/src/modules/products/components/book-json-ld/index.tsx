import type { HttpTypes } from "@medusajs/types"
import { variantPrice } from "@/lib/util/prices"
import { formatsInOrder, productAuthor } from "@/lib/util/products"
import { availableQuantity, stockState } from "@/lib/util/stock"

/** The visible reviews' figures; schema.org's aggregateRating only when there is at least one. */
type Rating = { average: number | null; count: number }

function aggregateRating(rating: Rating | undefined) {
  if (!rating?.count || rating.average === null) return undefined
  return { "@type": "AggregateRating", ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 }
}

/** schema.org Book + Product with one offer per format, for search engines. */
export function bookStructuredData(product: HttpTypes.StoreProduct, url: string, rating?: Rating) {
  const author = productAuthor(product)
  return {
    "@context": "https://schema.org",
    "@type": ["Book", "Product"],
    name: product.title,
    description: product.description ?? undefined,
    image: product.thumbnail ?? undefined,
    url,
    author: author ? { "@type": "Person", name: author } : undefined,
    aggregateRating: aggregateRating(rating),
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
export default function BookJsonLd({ product, url, rating }: { product: HttpTypes.StoreProduct; url: string; rating?: Rating }) {
  const json = JSON.stringify(bookStructuredData(product, url, rating)).replace(/</g, "\\u003c")
  return <script type="application/ld+json" data-testid="book-json-ld" dangerouslySetInnerHTML={{ __html: json }} />
}
