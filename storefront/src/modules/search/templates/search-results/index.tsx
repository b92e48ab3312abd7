import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { storeHref } from "@/lib/util/store-view"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import type { RatingSummary } from "@/lib/data/reviews"
import ProductCard from "@/modules/products/components/product-card"

export default function SearchResults({
  q,
  products,
  ratings = {},
  count,
  categories,
  countryCode,
}: {
  q: string
  products: HttpTypes.StoreProduct[]
  ratings?: Record<string, RatingSummary>
  count: number
  categories: HttpTypes.StoreProductCategory[]
  countryCode: string
}) {
  return (
    <PageContainer stack>
      <PageHeader
        title={`Search results for “${q}”`}
        lead={products.length ? <span data-testid="search-count">{count === 1 ? "1 book" : `${count} books`}</span> : undefined}
      />
      {products.length ? (
        <section aria-labelledby="search-books-heading">
          {/* The cards' titles are h3: a heading between them and the page's h1 keeps the outline in order. */}
          <h2 id="search-books-heading" className="visually-hidden">
            Books found
          </h2>
          <ul className="product-grid" data-testid="search-results">
            {products.map((product) => (
              <ProductCard key={product.id} product={product} rating={ratings[product.id]} countryCode={countryCode} />
            ))}
          </ul>
        </section>
      ) : (
        <EmptyState title={`No books match “${q}”`} testId="search-empty">
          <p>Try another word, or browse a category:</p>
          <ul className="tag-list" data-testid="category-suggestions">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={storeHref(countryCode, { category: category.handle })}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      )}
    </PageContainer>
  )
}
