import Link from "next/link"
import type { EventSummary } from "@/lib/data/events"
import { formatEventRange } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import CalendarLeaf from "@/modules/events/components/calendar-leaf"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** One event in a list: a calendar leaf with its day, then its title, time (with the zone named) and place. */
export default function EventCard({ event, countryCode }: { event: EventSummary; countryCode: string }) {
  return (
    <Card as="li" tone="linked" className={styles.card} data-testid="event-card">
      <CalendarLeaf startsAt={event.startsAt} timeZone={event.timeZone} className={styles.leaf} />
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link href={`/${countryCode}/events/${event.slug}`}>{event.title}</Link>
        </h3>
        <p className={styles.meta}>
          <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</time>
        </p>
        {event.venue ? <p className={styles.meta}>{event.venue}</p> : event.onlineUrl ? <Badge tone="accent">Online</Badge> : null}
      </div>
    </Card>
  )
}
