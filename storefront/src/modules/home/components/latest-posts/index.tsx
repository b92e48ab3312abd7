import type { PostSummary } from "@/lib/data/posts"

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Africa/Lagos" })

export default function LatestPosts({ posts }: { posts: PostSummary[] }) {
  if (!posts.length) return <p className="notice">No posts yet.</p>
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post.id} className="post-card" data-testid="post-card">
          <h3>{post.title}</h3>
          {post.publishedAt && <time dateTime={post.publishedAt}>{dateFormat.format(new Date(post.publishedAt))}</time>}
          {post.excerpt && <p>{post.excerpt}</p>}
        </li>
      ))}
    </ul>
  )
}
