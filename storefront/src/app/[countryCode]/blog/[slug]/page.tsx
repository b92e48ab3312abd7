import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CONTENT_UNAVAILABLE_METADATA, isPreviewing, readCms } from "@/lib/cms"
import { isCountrySold } from "@/lib/data/home"
import { asMedia } from "@/lib/data/media"
import { shareImages } from "@/lib/data/site-settings"
import { retrievePost } from "@/lib/data/posts"
import { env } from "@/lib/env"
import { plainText } from "@/lib/util/rich-text"
import ContentUnavailable from "@/modules/common/components/content-unavailable"
import PostTemplate from "@/modules/blog/templates/post-template"

// Rendered on a post's first visit, then served from the cache until the cms
// expires `post:<slug>` (publish, edit, rename, unpublish, delete).
export const revalidate = 60

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; slug: string }>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

async function load(params: Params) {
  const { slug } = await params
  if (!SLUG.test(slug) || slug.length > 200) return null
  return retrievePost(slug)
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const read = await readCms(() => load(params)).catch(() => null)
  if (read?.available === false) return CONTENT_UNAVAILABLE_METADATA
  const post = read?.data
  if (!post) return { title: "Post not found" }
  const { countryCode } = await params
  const url = `${env.NEXT_PUBLIC_BASE_URL}/${countryCode}/blog/${post.slug}`
  // The SEO plugin's title already names the site; a plain title gets the site's template.
  const title = post.meta?.title || post.title
  const description = post.meta?.description || post.excerpt || plainText(post.content?.root, 160)
  const image = asMedia(post.meta?.image) ?? asMedia(post.heroImage)
  return {
    title: post.meta?.title ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    robots: post._status === "draft" ? { index: false } : undefined,
    openGraph: {
      type: "article",
      title,
      description,
      url,
      publishedTime: post.publishedAt ?? undefined,
      modifiedTime: post.updatedAt,
      tags: post.tags ?? undefined,
      images: await shareImages(image),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description },
  }
}

export default async function PostPage({ params }: { params: Params }) {
  const { countryCode } = await params
  if (!(await isCountrySold(countryCode))) notFound()
  const read = await readCms(() => load(params))
  if (!read.available) return <ContentUnavailable />
  const post = read.data
  if (!post) notFound()
  return <PostTemplate post={post} countryCode={countryCode} cmsUrl={env.CMS_URL} preview={await isPreviewing()} />
}
