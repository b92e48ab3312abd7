import Link from "next/link"
import type { Category } from "@/lib/data/categories"
import type { PostSummary } from "@/lib/data/posts"
import { blogHref, type BlogFilter } from "@/lib/util/blog-paths"
import PostList from "@/modules/blog/components/post-list"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"

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
    <PageContainer stack>
      <PageHeader
        title={title}
        lead={
          <>
            Essays on writing, teaching and learning in public.{" "}
            <a href="/rss.xml" type="application/rss+xml">
              RSS feed of the blog
            </a>
          </>
        }
      />
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
      {posts.length ? (
        <PostList posts={posts} countryCode={countryCode} />
      ) : (
        <EmptyState title="No posts yet">New essays appear here as they are published.</EmptyState>
      )}
      <Pager label="Pages" page={page} pages={totalPages} href={(p) => blogHref(countryCode, filter, p)} previousLabel="Newer posts" nextLabel="Older posts" />
    </PageContainer>
  )
}
