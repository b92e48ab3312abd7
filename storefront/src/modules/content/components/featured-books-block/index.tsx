import Link from "next/link"
import type { ResolvedBlock } from "@/lib/data/home"
import Unavailable from "@/modules/common/components/unavailable"
import ProductCard from "@/modules/products/components/product-card"

type FeaturedBooks = Extract<ResolvedBlock, { blockType: "featuredBooks" }>

/** Books chosen in the cms, with Medusa's current prices for the shopper's region. */
export default function FeaturedBooksBlock({ block, countryCode, index }: { block: FeaturedBooks; countryCode: string; index: number }) {
  const headingId = `books-heading-${index}`
  const { books } = block
  return (
    <section aria-labelledby={headingId} data-testid="featured-books">
      <h2 id={headingId}>{block.heading}</h2>
      {!books.ok || !books.data ? (
        <Unavailable testId="shop-unavailable">The shop is unavailable right now. Please try again in a few minutes.</Unavailable>
      ) : books.data.products.length === 0 ? (
        <p className="notice">No books are on sale here yet.</p>
      ) : (
        <ul className="product-grid">
          {books.data.products.map((product, i) => (
            <ProductCard key={product.id} product={product} countryCode={countryCode} priority={index < 2 && i < 4} />
          ))}
        </ul>
      )}
      <p>
        <Link href={`/${countryCode}/store`} data-testid="all-books-link">
          Browse all books, filter and sort →
        </Link>
      </p>
    </section>
  )
}
