import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readCms } from "@/lib/cms"
import { listEvents } from "@/lib/data/events"
import { isCountrySold } from "@/lib/data/home"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import ContentUnavailable from "@/modules/common/components/content-unavailable"
import EventsList from "@/modules/events/templates/events-list"

// Re-rendered at most once a minute, which also moves an event from upcoming
// to past; edits arrive at once through the `events` tag.
export const revalidate = 60

export async function generateMetadata(): Promise<Metadata> {
  const { authorName } = await retrieveSiteSettings()
  return { title: "Events", description: `Readings, workshops and online sessions with ${authorName}.` }
}

export default async function EventsPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  if (!(await isCountrySold(countryCode))) notFound()
  const read = await readCms(() => Promise.all([listEvents("upcoming"), listEvents("past")]))
  if (!read.available) return <ContentUnavailable />
  const [upcoming, past] = read.data
  return <EventsList upcoming={upcoming} past={past} countryCode={countryCode} />
}
