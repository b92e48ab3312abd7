import Link from "next/link"
import type { PostSummary } from "@/lib/data/posts"
import { formatPostDate } from "@/lib/util/dates"

export default function PostList({ posts, countryCode }: { posts: PostSummary[]; countryCode: string }) {
  return (
    <ul className="post-list" data-testid="blog-posts">
      {posts.map((post) => (
        <li key={post.id} className="post-card" data-testid="post-card">
          <h2>
            <Link href={`/${countryCode}/blog/${post.slug}`}>{post.title}</Link>
          </h2>
          {post.publishedAt && <time dateTime={post.publishedAt}>{formatPostDate(post.publishedAt)}</time>}
          {post.excerpt && <p>{post.excerpt}</p>}
        </li>
      ))}
    </ul>
  )
}
