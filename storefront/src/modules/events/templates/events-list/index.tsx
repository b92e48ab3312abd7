import Link from "next/link"
import type { EventSummary } from "@/lib/data/events"
import { formatEventTime } from "@/lib/util/dates"

function EventList({ events, countryCode, testId }: { events: EventSummary[]; countryCode: string; testId: string }) {
  return (
    <ul className="post-list" data-testid={testId}>
      {events.map((event) => (
        <li key={event.id} className="post-card" data-testid="event-card">
          <h3>
            <Link href={`/${countryCode}/events/${event.slug}`}>{event.title}</Link>
          </h3>
          <p>
            <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.timeZone)}</time>
            {event.venue ? ` · ${event.venue}` : event.onlineUrl ? " · Online" : ""}
          </p>
        </li>
      ))}
    </ul>
  )
}

export default function EventsList({ upcoming, past, countryCode }: { upcoming: EventSummary[]; past: EventSummary[]; countryCode: string }) {
  return (
    <div className="container content-page">
      <h1>Events</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        {upcoming.length ? <EventList events={upcoming} countryCode={countryCode} testId="upcoming-events" /> : <p className="notice">No events are planned yet.</p>}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Past</h2>
          <EventList events={past} countryCode={countryCode} testId="past-events" />
        </section>
      )}
    </div>
  )
}
