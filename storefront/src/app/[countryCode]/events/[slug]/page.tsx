import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CONTENT_UNAVAILABLE_METADATA, isPreviewing, readCms } from "@/lib/cms"
import { retrieveEvent } from "@/lib/data/events"
import { isCountrySold } from "@/lib/data/home"
import { shareImages } from "@/lib/data/site-settings"
import { env } from "@/lib/env"
import { plainText } from "@/lib/util/rich-text"
import ContentUnavailable from "@/modules/common/components/content-unavailable"
import EventTemplate from "@/modules/events/templates/event-template"

// Cached for every reader; whether this visitor has RSVPed is asked by the
// RSVP panel afterwards. The cms expires `event:<slug>` on change.
export const revalidate = 60

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; slug: string }>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

async function load(params: Params) {
  const { slug } = await params
  return SLUG.test(slug) && slug.length <= 200 ? retrieveEvent(slug) : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const read = await readCms(() => load(params)).catch(() => null)
  if (read?.available === false) return CONTENT_UNAVAILABLE_METADATA
  const event = read?.data
  if (!event) return { title: "Event not found" }
  const { countryCode } = await params
  const url = `${env.NEXT_PUBLIC_BASE_URL}/${countryCode}/events/${event.slug}`
  const description = plainText(event.description?.root, 160) || undefined
  return {
    title: event.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: event.title, description, url, images: await shareImages(null) },
  }
}

export default async function EventPage({ params }: { params: Params }) {
  const { countryCode } = await params
  if (!(await isCountrySold(countryCode))) notFound()
  const read = await readCms(() => load(params))
  if (!read.available) return <ContentUnavailable />
  const event = read.data
  if (!event) notFound()
  return <EventTemplate event={event} countryCode={countryCode} cmsUrl={env.CMS_URL} preview={await isPreviewing()} />
}
