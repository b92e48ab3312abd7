import type { PostSummary } from "@/lib/data/posts"
import PostList from "@/modules/blog/components/post-list"
import EmptyState from "@/modules/common/components/empty-state"

/** The home page's newest posts, as the blog shows them. */
export default function LatestPosts({ posts, countryCode }: { posts: PostSummary[]; countryCode: string }) {
  if (!posts.length) return <EmptyState title="No posts yet" />
  return <PostList posts={posts} countryCode={countryCode} testId="latest-post-list" headingLevel={3} />
}
