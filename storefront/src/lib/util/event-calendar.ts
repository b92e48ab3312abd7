import type { EventSummary } from "../data/events"
import { type CalendarEvent, eventCalendarUid } from "./ics"

/** The event page's address as commerce's reminder gives it: country-less, the storefront adds the reader's. */
export const eventPageUrl = (slug: string, siteUrl: string) => `${siteUrl}/events/${encodeURIComponent(slug)}`

/**
 * An event as a calendar entry: at its venue, or online with its link; the
 * description says how to join and where the event page is.
 */
export function toCalendarEvent(event: EventSummary & { id: number }, siteUrl: string, summary?: string): CalendarEvent {
  const url = eventPageUrl(event.slug, siteUrl)
  const description = [summary, event.onlineUrl ? `Join online: ${event.onlineUrl}` : null, `Event page: ${url}`]
    .filter(Boolean)
    .join("\n\n")
  return {
    uid: eventCalendarUid(event.id, siteUrl),
    title: event.title,
    startsAt: new Date(event.startsAt),
    endsAt: event.endsAt ? new Date(event.endsAt) : null,
    location: event.venue || event.onlineUrl || "Online",
    url,
    description,
  }
}
