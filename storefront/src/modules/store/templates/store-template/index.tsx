import Link from "next/link"
import type { StoreListing } from "@/lib/data/store-listing"
import { storeHref } from "@/lib/util/store-view"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import ProductCard from "@/modules/products/components/product-card"
import FilterDisclosure from "@/modules/store/components/filter-disclosure"
import Pagination from "@/modules/store/components/pagination"
import StoreFilters from "@/modules/store/components/store-filters"
import styles from "./styles.module.css"

const bookCount = (n: number) => `${n} ${n === 1 ? "book" : "books"}`

export default function StoreTemplate({ listing, countryCode }: { listing: StoreListing; countryCode: string }) {
  const { view, products, ratings, count, pageCount, categories, collections } = listing
  const category = categories.find((c) => c.handle === view.category)
  const active = [view.category, view.collection, view.format, view.sort !== "newest" ? view.sort : undefined].filter(Boolean).length
  return (
    <PageContainer className={styles.layout}>
      <header className={styles.header}>
        <h1>{category ? category.name : "All books"}</h1>
        <p className={styles.count} data-testid="result-count" aria-live="polite">
          {bookCount(count)}
          {pageCount > 1 && ` · page ${view.page} of ${pageCount}`}
        </p>
      </header>
      <FilterDisclosure active={active}>
        <StoreFilters countryCode={countryCode} view={view} categories={categories} collections={collections} />
      </FilterDisclosure>
      {/* The cards' titles are h3: a heading between them and the page's h1 keeps the outline in order. */}
      <section aria-labelledby="store-books-heading">
        <h2 id="store-books-heading" className="visually-hidden">
          Books
        </h2>
        {products.length ? (
          <ul className="product-grid" data-testid="product-list">
            {products.map((product, i) => (
              <ProductCard key={product.id} product={product} rating={ratings[product.id]} countryCode={countryCode} priority={i < 3} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No books match these filters" testId="no-results" action={<Link href={storeHref(countryCode)}>See all books</Link>} />
        )}
        <Pagination countryCode={countryCode} view={view} pageCount={pageCount} />
      </section>
    </PageContainer>
  )
}
