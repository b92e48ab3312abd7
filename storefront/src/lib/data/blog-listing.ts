import "server-only"
import { listCategories } from "./categories"
import { listPosts } from "./posts"
import type { BlogFilter } from "../util/blog-paths"

/**
 * Everything a blog listing shows, or null for a listing that does not exist
 * (an unknown category, a tag no post carries, a page past the last).
 */
export async function loadBlogListing(filter: BlogFilter, page: number) {
  const [categories, posts] = await Promise.all([listCategories(), listPosts({ ...filter, page })])
  const category = filter.category ? categories.find((c) => c.slug === filter.category) : undefined
  if (filter.category && !category) return null
  if (filter.tag && posts.totalDocs === 0) return null
  if (page > Math.max(1, posts.totalPages)) return null
  const title = category ? `Posts in ${category.title}` : filter.tag ? `Posts tagged “${filter.tag}”` : "Blog"
  return { title, categories, posts: posts.docs, totalPages: posts.totalPages }
}
