import Link from "next/link"
import type { EventSummary } from "@/lib/data/events"
import { calendarLeaf, formatEventRange } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** One event in a list: a calendar leaf with its day, then its title, time (with the zone named) and place. */
export default function EventCard({ event, countryCode }: { event: EventSummary; countryCode: string }) {
  const { day, month } = calendarLeaf(event.startsAt, event.timeZone)
  return (
    <Card as="li" tone="linked" className={styles.card} data-testid="event-card">
      <p className={styles.leaf} aria-hidden="true">
        <span className={styles.day}>{day}</span>
        <span className={styles.month}>{month}</span>
      </p>
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
