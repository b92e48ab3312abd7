import { connection } from "next/server"
import { listAllPosts } from "@/lib/data/posts"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import { env } from "@/lib/env"
import { renderRss } from "@/lib/util/rss"

/**
 * RSS 2.0 feed of the blog's newest 20 posts. Rendered per request (so a
 * build needs no cms), from the posts fetch cached under the `posts` tag: a
 * published post expires it, and a request costs no call to the cms.
 */
export async function GET() {
  await connection()
  const [posts, brand] = await Promise.all([listAllPosts().catch(() => null), retrieveSiteSettings()])
  if (!posts) {
    return new Response("The blog feed is unavailable for a moment.", { status: 503, headers: { "retry-after": "60" } })
  }
  const site = env.NEXT_PUBLIC_BASE_URL
  const xml = renderRss({
    title: `${brand.siteName} — blog`,
    link: `${site}/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}/blog`,
    selfLink: `${site}/rss.xml`,
    description: "Essays on writing, teaching and learning in public.",
    items: posts.slice(0, 20).map((post) => ({
      title: post.title,
      link: `${site}/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}/blog/${post.slug}`,
      description: post.excerpt ?? "",
      pubDate: post.publishedAt ?? undefined,
    })),
  })
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } })
}
