import Link from "next/link"
import type { Category } from "@/lib/data/categories"
import { asMedia, mediaUrl } from "@/lib/data/media"
import type { Post } from "@/lib/data/posts"
import { blogHref } from "@/lib/util/blog-paths"
import { formatPostDate } from "@/lib/util/dates"
import PreviewBanner from "@/modules/content/components/preview-banner"
import RichText from "@/modules/content/components/rich-text"
import MediaImage from "@/modules/common/components/media-image"

const isCategory = (value: unknown): value is Category => typeof value === "object" && value !== null && "slug" in value

export default function PostTemplate({ post, countryCode, cmsUrl, preview }: { post: Post; countryCode: string; cmsUrl: string; preview: boolean }) {
  const hero = asMedia(post.heroImage)
  const categories = (post.categories ?? []).filter(isCategory)
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/blog/${post.slug}`} />}
      <article className="container content-page" data-testid="post">
        <header>
          <p>
            <Link href={blogHref(countryCode)}>← Blog</Link>
          </p>
          <h1 data-testid="post-title">{post.title}</h1>
          {post.publishedAt && <time dateTime={post.publishedAt}>{formatPostDate(post.publishedAt)}</time>}
          {post.excerpt && <p className="hero-sub">{post.excerpt}</p>}
        </header>
        {hero?.url && (
          <MediaImage src={mediaUrl(hero.url, cmsUrl)} alt={hero.alt} width={hero.width} height={hero.height} sizes="(min-width: 72rem) 70rem, 100vw" priority />
        )}
        <RichText document={post.content} countryCode={countryCode} cmsUrl={cmsUrl} testId="post-content" />
        {(categories.length > 0 || (post.tags?.length ?? 0) > 0) && (
          <footer>
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
      </article>
    </>
  )
}
