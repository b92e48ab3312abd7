import type { EventSummary } from "@/lib/data/events"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import EventCard from "@/modules/events/components/event-card"
import styles from "./styles.module.css"

function EventList({ events, countryCode, testId }: { events: EventSummary[]; countryCode: string; testId: string }) {
  return (
    <ul className={styles.list} data-testid={testId}>
      {events.map((event) => (
        <EventCard key={event.id} event={event} countryCode={countryCode} />
      ))}
    </ul>
  )
}

export default function EventsList({ upcoming, past, countryCode }: { upcoming: EventSummary[]; past: EventSummary[]; countryCode: string }) {
  return (
    <PageContainer stack>
      <PageHeader title="Events" lead="Readings, workshops and online sessions. Times are shown in each event's own time zone." />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        {upcoming.length ? (
          <EventList events={upcoming} countryCode={countryCode} testId="upcoming-events" />
        ) : (
          <EmptyState title="No events planned yet">New readings and workshops are announced here and in the newsletter.</EmptyState>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Past</h2>
          <EventList events={past} countryCode={countryCode} testId="past-events" />
        </section>
      )}
    </PageContainer>
  )
}
