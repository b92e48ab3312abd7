import Link from "next/link"
import type { Category } from "@/lib/data/categories"
import type { PostSummary } from "@/lib/data/posts"
import { blogHref, type BlogFilter } from "@/lib/util/blog-paths"
import PostList from "@/modules/blog/components/post-list"

export type BlogListingProps = {
  countryCode: string
  title: string
  filter: BlogFilter
  posts: PostSummary[]
  page: number
  totalPages: number
  categories: Category[]
}

export default function BlogListing({ countryCode, title, filter, posts, page, totalPages, categories }: BlogListingProps) {
  return (
    <div className="container content-page">
      <header>
        <h1>{title}</h1>
        <p>
          <a href="/rss.xml" type="application/rss+xml">RSS feed of the blog</a>
        </p>
      </header>
      <nav aria-label="Categories">
        <ul className="tag-list">
          <li>
            <Link href={blogHref(countryCode)} aria-current={!filter.category && !filter.tag ? "page" : undefined}>
              All posts
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={blogHref(countryCode, { category: category.slug })} aria-current={filter.category === category.slug ? "page" : undefined}>
                {category.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {posts.length ? <PostList posts={posts} countryCode={countryCode} /> : <p className="notice">No posts yet.</p>}
      {totalPages > 1 && (
        <nav aria-label="Pages" data-testid="pagination" className="tag-list">
          {page > 1 && (
            <Link href={blogHref(countryCode, filter, page - 1)} rel="prev" data-testid="previous-page">
              ← Newer posts
            </Link>
          )}
          <span>
            Page {page} of {totalPages}
          </span>
          {page < totalPages && (
            <Link href={blogHref(countryCode, filter, page + 1)} rel="next" data-testid="next-page">
              Older posts →
            </Link>
          )}
        </nav>
      )}
    </div>
  )
}
