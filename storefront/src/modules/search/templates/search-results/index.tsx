import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { storeHref } from "@/lib/util/store-view"
import ProductCard from "@/modules/products/components/product-card"

export default function SearchResults({
  q,
  products,
  count,
  categories,
  countryCode,
}: {
  q: string
  products: HttpTypes.StoreProduct[]
  count: number
  categories: HttpTypes.StoreProductCategory[]
  countryCode: string
}) {
  return (
    <div className="container">
      <h1>Search results for “{q}”</h1>
      {products.length ? (
        <>
          <p data-testid="search-count">{count === 1 ? "1 book" : `${count} books`}</p>
          <ul className="product-grid" data-testid="search-results">
            {products.map((product) => (
              <ProductCard key={product.id} product={product} countryCode={countryCode} />
            ))}
          </ul>
        </>
      ) : (
        <div className="notice" data-testid="search-empty">
          <p>No books match “{q}”. Try another word, or browse a category:</p>
          <ul data-testid="category-suggestions">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={storeHref(countryCode, { category: category.handle })}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
