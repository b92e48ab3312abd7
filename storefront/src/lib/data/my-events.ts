import "server-only"
import { cmsPrivateRead, cmsRead, payloadQuery, type PayloadList } from "../cms"
import type { EventSummary } from "./events"

/** An event the reader holds an active RSVP for. */
export type MyEvent = EventSummary & { id: number; registrationId: number }

/** How far back the private feed keeps events the reader went to. */
export const FEED_PAST_DAYS = 90
const DAY = 86_400_000
/** A reader's RSVPs are a handful; this only bounds a pathological account. */
const MAX_RSVPS = 500
const EVENT_FIELDS = ["title", "slug", "startsAt", "endsAt", "timeZone", "venue", "onlineUrl"]

/** The reader's active RSVPs, event id → registration id, read with the storefront key. */
async function activeRsvps(customerId: string): Promise<Map<number, number>> {
  const query = payloadQuery({
    "where[customerId][equals]": customerId,
    "where[status][equals]": "registered",
    limit: MAX_RSVPS,
    depth: 0,
    "select[event]": "true",
  })
  const { docs } = await cmsPrivateRead<PayloadList<{ id: number; event: number }>>("event-registrations", query)
  return new Map(docs.map((doc) => [doc.event, doc.id]))
}

/**
 * Published events among the reader's, from `from` on (ascending) or before
 * `before` (most recent first), sorted by the cms. Never cached: the query
 * names one reader's events.
 */
async function eventsAmong(rsvps: Map<number, number>, range: { from: Date } | { before: Date }, limit: number): Promise<MyEvent[]> {
  if (rsvps.size === 0) return []
  const upcoming = "from" in range
  const query = payloadQuery({
    "where[id][in]": [...rsvps.keys()].join(","),
    "where[_status][equals]": "published",
    [`where[startsAt][${upcoming ? "greater_than_equal" : "less_than"}]`]: (upcoming ? range.from : range.before).toISOString(),
    sort: upcoming ? "startsAt" : "-startsAt",
    limit,
    depth: 0,
  })
  for (const field of EVENT_FIELDS) query.set(`select[${field}]`, "true")
  const { docs } = await cmsRead<PayloadList<Omit<MyEvent, "registrationId">>>("events", query, [], { fresh: true })
  return docs.map((event) => ({ ...event, registrationId: rsvps.get(event.id) as number }))
}

/** The account's Events page: upcoming RSVPs soonest first, past ones most recent first. */
export async function listMyEvents(customerId: string, now = new Date()): Promise<{ upcoming: MyEvent[]; past: MyEvent[] }> {
  const rsvps = await activeRsvps(customerId)
  const [upcoming, past] = await Promise.all([eventsAmong(rsvps, { from: now }, 100), eventsAmong(rsvps, { before: now }, 50)])
  return { upcoming, past }
}

/** The private feed: every upcoming RSVP and those of the last FEED_PAST_DAYS, in date order. */
export async function listFeedEvents(customerId: string, now = new Date()): Promise<MyEvent[]> {
  return eventsAmong(await activeRsvps(customerId), { from: new Date(now.getTime() - FEED_PAST_DAYS * DAY) }, 200)
}
