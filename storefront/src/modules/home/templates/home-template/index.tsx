import Link from "next/link"
import type { HomeData } from "@/lib/data/home"
import Unavailable from "@/modules/common/components/unavailable"
import LatestPosts from "@/modules/home/components/latest-posts"
import ProductCard from "@/modules/products/components/product-card"

export default function HomeTemplate({ data, countryCode }: { data: HomeData; countryCode: string }) {
  const { shop, blog } = data
  return (
    <div className="container home-grid">
      <h1 className="home-title">Books for writers, teachers and lifelong learners</h1>
      <section aria-labelledby="books-heading">
        <h2 id="books-heading">Books</h2>
        {!shop.ok || !shop.data ? (
          <Unavailable testId="shop-unavailable">The shop is unavailable right now. Please try again in a few minutes.</Unavailable>
        ) : shop.data.products.length === 0 ? (
          <p className="notice">No books are on sale here yet.</p>
        ) : (
          <ul className="product-grid">
            {shop.data.products.map((product, i) => (
              <ProductCard key={product.id} product={product} countryCode={countryCode} priority={i < 4} />
            ))}
          </ul>
        )}
        <p>
          <Link href={`/${countryCode}/store`} data-testid="all-books-link">
            Browse all books, filter and sort →
          </Link>
        </p>
      </section>
      <section aria-labelledby="blog-heading">
        <h2 id="blog-heading">Latest from the blog</h2>
        {blog.ok ? (
          <LatestPosts posts={blog.data} />
        ) : (
          <Unavailable testId="blog-unavailable">The blog is unavailable right now.</Unavailable>
        )}
      </section>
    </div>
  )
}
