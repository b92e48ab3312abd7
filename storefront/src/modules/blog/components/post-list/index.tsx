import Link from "next/link"
import type { PostSummary } from "@/lib/data/posts"
import { formatDate } from "@/lib/util/dates"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** Posts as cards: date, title (the card's link) and excerpt. `headingLevel` keeps the page outline in order. */
export default function PostList({
  posts,
  countryCode,
  testId = "blog-posts",
  headingLevel = 2,
}: {
  posts: PostSummary[]
  countryCode: string
  testId?: string
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <ul className={styles.list} data-testid={testId}>
      {posts.map((post) => (
        <Card as="li" tone="linked" key={post.id} className={styles.card} data-testid="post-card">
          <Heading className={styles.title}>
            <Link href={`/${countryCode}/blog/${post.slug}`}>{post.title}</Link>
          </Heading>
          {post.publishedAt && (
            <time dateTime={post.publishedAt} className={styles.date}>
              {formatDate(post.publishedAt)}
            </time>
          )}
          {post.excerpt && <p className={styles.excerpt}>{post.excerpt}</p>}
        </Card>
      ))}
    </ul>
  )
}
