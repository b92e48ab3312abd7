import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CONTENT_UNAVAILABLE_METADATA, readCms } from "@/lib/cms"
import { loadBlogListing } from "@/lib/data/blog-listing"
import { isCountrySold } from "@/lib/data/home"
import { retrieveSiteSettings, shareImages } from "@/lib/data/site-settings"
import { env } from "@/lib/env"
import { blogHref, type BlogFilter } from "@/lib/util/blog-paths"
import ContentUnavailable from "@/modules/common/components/content-unavailable"
import BlogListing from "@/modules/blog/templates/blog-listing"

/** What every blog listing route does once it has read its segments (null: not a listing). */
export async function renderBlogListing(countryCode: string, filter: BlogFilter | null, page: number | null) {
  if (!filter || !page || !(await isCountrySold(countryCode))) notFound()
  const read = await readCms(() => loadBlogListing(filter, page))
  if (!read.available) return <ContentUnavailable />
  const listing = read.data
  if (!listing) notFound()
  return <BlogListing countryCode={countryCode} filter={filter} page={page} {...listing} />
}

export async function blogListingMetadata(countryCode: string, filter: BlogFilter | null, page: number | null): Promise<Metadata> {
  if (!filter || !page) return { title: "Not found" }
  const [read, brand] = await Promise.all([readCms(() => loadBlogListing(filter, page)).catch(() => null), retrieveSiteSettings()])
  if (read?.available === false) return CONTENT_UNAVAILABLE_METADATA
  const listing = read?.data
  if (!listing) return { title: "Not found" }
  const title = page > 1 ? `${listing.title} (page ${page})` : listing.title
  const url = `${env.NEXT_PUBLIC_BASE_URL}${blogHref(countryCode, filter, page)}`
  return {
    title,
    description: `Essays on writing, teaching and learning in public by ${brand.authorName}.`,
    alternates: { canonical: url, types: { "application/rss+xml": `${env.NEXT_PUBLIC_BASE_URL}/rss.xml` } },
    openGraph: { type: "website", title, url, images: await shareImages(null) },
  }
}
