import Link from "next/link"
import type { MyEvent } from "@/lib/data/my-events"
import { formatDate, formatEventRange } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import CalendarLeaf from "@/modules/events/components/calendar-leaf"
import { ButtonLink, buttonClass } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import { CalendarFeedPanel, CancelRsvpForm } from "./forms"
import styles from "./styles.module.css"

type Props = { upcoming: MyEvent[]; past: MyEvent[]; feedSince: string | null; countryCode: string }

function EventRow({ event, countryCode, past }: { event: MyEvent; countryCode: string; past?: boolean }) {
  return (
    <li className={styles.item} data-testid={past ? "my-event-past" : "my-event"}>
      <CalendarLeaf startsAt={event.startsAt} timeZone={event.timeZone} />
      <div className={styles.details}>
        <h3 className={styles.title}>
          <Link href={`/${countryCode}/events/${event.slug}`}>{event.title}</Link>
        </h3>
        <p className={styles.meta}>
          <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</time>
        </p>
        {event.venue ? <p className={styles.meta}>{event.venue}</p> : <Badge tone="accent">Online</Badge>}
      </div>
      {!past && (
        <div className={styles.actions}>
          <a href={`/api/events/${event.slug}/ics`} download className={buttonClass({ variant: "secondary", size: "sm" })} data-testid="my-event-ics">
            Add to calendar
          </a>
          <CancelRsvpForm slug={event.slug} title={event.title} />
        </div>
      )}
    </li>
  )
}

/** The reader's RSVPs: upcoming (soonest first) with Add to calendar and Cancel, then past ones, and their private calendar link. */
export default function MyEvents({ upcoming, past, feedSince, countryCode }: Props) {
  return (
    <section aria-labelledby="my-events-heading" className={styles.page}>
      <h1 id="my-events-heading">Your events</h1>
      <section aria-labelledby="my-events-upcoming">
        <h2 id="my-events-upcoming" className={styles.section}>Upcoming</h2>
        {upcoming.length === 0 ? (
          <EmptyState
            title="No upcoming events"
            testId="my-events-empty"
            action={<ButtonLink href={`/${countryCode}/events`}>See what’s on</ButtonLink>}
          >
            Events you RSVP to will be here, with a calendar file for each.
          </EmptyState>
        ) : (
          <ul className={styles.list} data-testid="my-events-upcoming">
            {upcoming.map((event) => (
              <EventRow key={event.registrationId} event={event} countryCode={countryCode} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="my-events-past">
          <h2 id="my-events-past" className={styles.section}>Past</h2>
          <ul className={styles.list} data-testid="my-events-past">
            {past.map((event) => (
              <EventRow key={event.registrationId} event={event} countryCode={countryCode} past />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="my-events-feed" className={styles.feed}>
        <h2 id="my-events-feed" className={styles.section}>Your calendar link</h2>
        <p className={styles.meta}>
          Subscribe to this private link in Google Calendar, Apple Calendar or Outlook and your RSVPs appear there by
          themselves. Anyone with the link can see your events, so keep it to yourself.
          {feedSince ? ` Your current link was made on ${formatDate(feedSince)}; it is shown only when made.` : ""}
        </p>
        <CalendarFeedPanel hasFeed={Boolean(feedSince)} />
      </section>
    </section>
  )
}
