import type { HttpTypes } from "@medusajs/types"
import ProductCard from "@/modules/products/components/product-card"

export default function RelatedBooks({ products, countryCode }: { products: HttpTypes.StoreProduct[]; countryCode: string }) {
  if (!products.length) return null
  return (
    <section aria-labelledby="related-heading" data-testid="related-books">
      <h2 id="related-heading">More in this category</h2>
      <ul className="product-grid">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} countryCode={countryCode} />
        ))}
      </ul>
    </section>
  )
}
