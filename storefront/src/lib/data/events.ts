import "server-only"
import { cacheTags } from "../cache"
import { cmsRead, isPreviewing, payloadQuery, type PayloadList } from "../cms"
import type { RichTextDocument } from "../util/rich-text"

export type EventSummary = {
  id: number
  title: string
  slug: string
  startsAt: string
  endsAt?: string | null
  timeZone: string
  venue?: string | null
  onlineUrl?: string | null
}

export type Event = EventSummary & {
  capacity?: number | null
  registrationOpen?: boolean | null
  description?: RichTextDocument | null
  updatedAt?: string
}

const SUMMARY_FIELDS = ["title", "slug", "startsAt", "endsAt", "timeZone", "venue", "onlineUrl"] as const
const HOUR = 3_600_000

/**
 * Upcoming or past published events. The boundary in the query is rounded to
 * the hour so the cached answer is shared for that hour (a query naming the
 * exact time would never be served from cache); the exact cut is made here.
 */
export async function listEvents(when: "upcoming" | "past", now = new Date()): Promise<EventSummary[]> {
  const upcoming = when === "upcoming"
  const boundary = new Date(Math.floor(now.getTime() / HOUR) * HOUR + (upcoming ? 0 : HOUR)).toISOString()
  const query = payloadQuery({
    "where[_status][equals]": "published",
    [`where[startsAt][${upcoming ? "greater_than_equal" : "less_than"}]`]: boundary,
    sort: upcoming ? "startsAt" : "-startsAt",
    limit: 50,
    depth: 0,
  })
  for (const field of SUMMARY_FIELDS) query.set(`select[${field}]`, "true")
  const { docs } = await cmsRead<PayloadList<EventSummary>>("events", query, [cacheTags.events])
  const at = now.getTime()
  return docs.filter((event) => (new Date(event.startsAt).getTime() > at) === upcoming)
}

/** One event by slug: published for readers, the newest draft in preview. */
export async function retrieveEvent(slug: string): Promise<Event | null> {
  const draft = await isPreviewing()
  const query = payloadQuery({ "where[slug][equals]": slug, limit: 1, depth: 1 })
  if (!draft) query.set("where[_status][equals]", "published")
  const { docs } = await cmsRead<PayloadList<Event>>("events", query, [cacheTags.event(slug)], { draft })
  return docs[0] ?? null
}

/** One published event by slug, from the tagged cache, whoever asks (the event's calendar file). */
export async function retrievePublishedEvent(slug: string): Promise<Event | null> {
  const query = payloadQuery({ "where[slug][equals]": slug, "where[_status][equals]": "published", limit: 1, depth: 0 })
  const { docs } = await cmsRead<PayloadList<Event>>("events", query, [cacheTags.event(slug)])
  return docs[0] ?? null
}

/** The published event as RSVPs see it, never from cache: capacity and opening change. */
export async function retrieveEventForRsvp(slug: string): Promise<Event | null> {
  const query = payloadQuery({ "where[slug][equals]": slug, "where[_status][equals]": "published", limit: 1, depth: 0 })
  for (const field of ["title", "slug", "startsAt", "capacity", "registrationOpen"]) query.set(`select[${field}]`, "true")
  const { docs } = await cmsRead<PayloadList<Event>>("events", query, [], { draft: false, fresh: true })
  return docs[0] ?? null
}
