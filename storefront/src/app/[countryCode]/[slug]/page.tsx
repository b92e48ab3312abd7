import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CONTENT_UNAVAILABLE_METADATA, isPreviewing, readCms } from "@/lib/cms"
import { isCountrySold, loadPage } from "@/lib/data/home"
import { asMedia } from "@/lib/data/media"
import { shareImages } from "@/lib/data/site-settings"
import { retrievePage } from "@/lib/data/pages"
import { env } from "@/lib/env"
import ContentUnavailable from "@/modules/common/components/content-unavailable"
import ContentPage from "@/modules/content/templates/content-page"

// Cached: the cms expires `page:<slug>`, commerce `product:<handle>` for the
// books and courses a page shows, so prices stay current without a render per visit.
export const revalidate = 60

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; slug: string }>

/** `home` is served at the country's root, never twice. */
const pageSlug = (slug: string) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 200 && slug !== "home" ? slug : null)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { countryCode, slug } = await params
  const valid = pageSlug(slug)
  const read = valid ? await readCms(() => retrievePage(valid)).catch(() => null) : null
  if (read?.available === false) return CONTENT_UNAVAILABLE_METADATA
  const page = read?.data
  if (!page) return { title: "Not found" }
  const url = `${env.NEXT_PUBLIC_BASE_URL}/${countryCode}/${page.slug}`
  const title = page.meta?.title || page.title
  const description = page.meta?.description ?? undefined
  const image = asMedia(page.meta?.image)
  return {
    title: page.meta?.title ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description, url, images: await shareImages(image) },
  }
}

export default async function CmsPage({ params }: { params: Params }) {
  const { countryCode, slug } = await params
  const valid = pageSlug(slug)
  if (!valid || !(await isCountrySold(countryCode))) notFound()
  const read = await readCms(() => loadPage(valid, countryCode))
  if (!read.available) return <ContentUnavailable />
  const loaded = read.data
  if (!loaded) notFound()
  return <ContentPage loaded={loaded} countryCode={countryCode} preview={await isPreviewing()} />
}
