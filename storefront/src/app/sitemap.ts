import type { MetadataRoute } from "next"
import { connection } from "next/server"
import { listEvents } from "@/lib/data/events"
import { listAllPages } from "@/lib/data/pages"
import { listAllPosts } from "@/lib/data/posts"
import { env } from "@/lib/env"

// Rendered per request (a build needs no cms) from fetches cached under the
// post, page and event list tags, which a change in the cms expires.

/**
 * The content the cms publishes, under the default country (the shop's own
 * pages are reached from these). A cms that is down leaves its part out
 * rather than failing the sitemap.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const base = `${env.NEXT_PUBLIC_BASE_URL}/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}`
  const [posts, pages, events] = await Promise.all([
    listAllPosts().catch(() => []),
    listAllPages().catch(() => []),
    listEvents("upcoming").catch(() => []),
  ])
  return [
    { url: base, changeFrequency: "daily", priority: 1 },
    { url: `${base}/store`, changeFrequency: "daily" },
    { url: `${base}/blog`, changeFrequency: "daily" },
    { url: `${base}/events`, changeFrequency: "weekly" },
    { url: `${base}/sell`, changeFrequency: "monthly" },
    ...posts.map((post) => ({ url: `${base}/blog/${post.slug}`, lastModified: post.updatedAt ?? post.publishedAt ?? undefined })),
    ...pages.filter((page) => page.slug !== "home").map((page) => ({ url: `${base}/${page.slug}`, lastModified: page.updatedAt })),
    ...events.map((event) => ({ url: `${base}/events/${event.slug}` })),
  ]
}
