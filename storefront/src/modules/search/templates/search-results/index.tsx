import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { storeHref } from "@/lib/util/store-view"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
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
    <PageContainer stack>
      <PageHeader
        title={`Search results for “${q}”`}
        lead={products.length ? <span data-testid="search-count">{count === 1 ? "1 book" : `${count} books`}</span> : undefined}
      />
      {products.length ? (
        <ul className="product-grid" data-testid="search-results">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} countryCode={countryCode} />
          ))}
        </ul>
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
