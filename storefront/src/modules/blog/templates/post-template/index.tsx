import Link from "next/link"
import type { Category } from "@/lib/data/categories"
import { asMedia, mediaUrl } from "@/lib/data/media"
import type { Post } from "@/lib/data/posts"
import { blogHref } from "@/lib/util/blog-paths"
import { formatDate } from "@/lib/util/dates"
import MediaImage from "@/modules/common/components/media-image"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import PreviewBanner from "@/modules/content/components/preview-banner"
import RichText from "@/modules/content/components/rich-text"
import styles from "./styles.module.css"

const isCategory = (value: unknown): value is Category => typeof value === "object" && value !== null && "slug" in value

export default function PostTemplate({ post, countryCode, cmsUrl, preview }: { post: Post; countryCode: string; cmsUrl: string; preview: boolean }) {
  const hero = asMedia(post.heroImage)
  const categories = (post.categories ?? []).filter(isCategory)
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/blog/${post.slug}`} />}
      <PageContainer as="article" width="narrow" stack data-testid="post">
        <PageHeader trail={[{ href: blogHref(countryCode), label: "Blog" }]} title={post.title} titleTestId="post-title" lead={post.excerpt}>
          {post.publishedAt && (
            <p className={styles.date}>
              <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
            </p>
          )}
        </PageHeader>
        {hero?.url && (
          <MediaImage
            src={mediaUrl(hero.url, cmsUrl)}
            alt={hero.alt}
            width={hero.width}
            height={hero.height}
            sizes="(min-width: 48rem) 44rem, 100vw"
            priority
            className={styles.hero}
          />
        )}
        <RichText document={post.content} countryCode={countryCode} cmsUrl={cmsUrl} testId="post-content" />
        {(categories.length > 0 || (post.tags?.length ?? 0) > 0) && (
          <footer className={styles.footer}>
            <ul className="tag-list" aria-label="Categories and tags">
              {categories.map((category) => (
                <li key={category.id}>
                  <Link href={blogHref(countryCode, { category: category.slug })}>{category.title}</Link>
                </li>
              ))}
              {post.tags?.map((tag) => (
                <li key={tag}>
                  <Link href={blogHref(countryCode, { tag })}>#{tag}</Link>
                </li>
              ))}
            </ul>
          </footer>
        )}
      </PageContainer>
    </>
  )
}
