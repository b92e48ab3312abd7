import Link from "next/link"
import type { ResolvedBlock } from "@/lib/data/home"
import EmptyState from "@/modules/common/components/empty-state"
import Unavailable from "@/modules/common/components/unavailable"
import ProductCard from "@/modules/products/components/product-card"
import styles from "@/modules/content/components/page-blocks/styles.module.css"

type FeaturedBooks = Extract<ResolvedBlock, { blockType: "featuredBooks" }>

/** Books chosen in the cms, with Medusa's current prices for the shopper's region. */
export default function FeaturedBooksBlock({ block, countryCode, index }: { block: FeaturedBooks; countryCode: string; index: number }) {
  const headingId = `books-heading-${index}`
  const { books } = block
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="featured-books">
      <div className={styles.sectionHead}>
        <h2 id={headingId}>{block.heading}</h2>
        <Link href={`/${countryCode}/store`} className={styles.more} data-testid="all-books-link">
          Browse all books, filter and sort <span aria-hidden="true">→</span>
        </Link>
      </div>
      {!books.ok || !books.data ? (
        <Unavailable testId="shop-unavailable">The shop is unavailable right now. Please try again in a few minutes.</Unavailable>
      ) : books.data.products.length === 0 ? (
        <EmptyState title="No books on sale here yet" />
      ) : (
        <ul className="product-grid">
          {books.data.products.map((product, i) => (
            <ProductCard key={product.id} product={product} countryCode={countryCode} priority={index < 2 && i < 4} />
          ))}
        </ul>
      )}
    </section>
  )
}
