import type { HttpTypes } from "@medusajs/types"
import type { RatingSummary } from "@/lib/data/reviews"
import ProductCard from "@/modules/products/components/product-card"

export default function RelatedBooks({
  products,
  ratings = {},
  countryCode,
}: {
  products: HttpTypes.StoreProduct[]
  ratings?: Record<string, RatingSummary>
  countryCode: string
}) {
  if (!products.length) return null
  return (
    <section aria-labelledby="related-heading" data-testid="related-books">
      <h2 id="related-heading">More in this category</h2>
      <ul className="product-grid">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} rating={ratings[product.id]} countryCode={countryCode} />
        ))}
      </ul>
    </section>
  )
}
