import Link from "next/link"
import type { PostSummary } from "@/lib/data/posts"
import { formatPostDate } from "@/lib/util/dates"

export default function LatestPosts({ posts, countryCode }: { posts: PostSummary[]; countryCode: string }) {
  if (!posts.length) return <p className="notice">No posts yet.</p>
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post.id} className="post-card" data-testid="post-card">
          <h3>
            <Link href={`/${countryCode}/blog/${post.slug}`}>{post.title}</Link>
          </h3>
          {post.publishedAt && <time dateTime={post.publishedAt}>{formatPostDate(post.publishedAt)}</time>}
          {post.excerpt && <p>{post.excerpt}</p>}
        </li>
      ))}
    </ul>
  )
}
