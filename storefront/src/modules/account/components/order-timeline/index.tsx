import type { OrderTimelineEvent } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/util/dates"
import { formatAmount } from "@/lib/util/money"
import styles from "./styles.module.css"

/** What each moment is called on the page; money is added where the event has an amount. */
export function timelineLabel(event: OrderTimelineEvent, currencyCode: string): string {
  const money = event.amount !== undefined ? formatAmount(event.amount, currencyCode) : ""
  switch (event.kind) {
    case "placed":
      return "Order placed"
    case "paid":
      return money ? `Paid ${money}` : "Paid"
    case "shipped":
      return "Shipped"
    case "delivered":
      return event.digital ? "Ebooks and courses delivered to your library" : "Delivered"
    case "refunded":
      return money ? `Refunded ${money}` : "Refunded"
    case "cancelled":
      return "Order cancelled"
  }
}

/** The order's life, oldest first, each moment with its date and time in the shop's zone ("6 Dec 2026, 14:05 WAT"). */
export default function OrderTimeline({ events, currencyCode }: { events: OrderTimelineEvent[]; currencyCode: string }) {
  if (!events.length) return null
  return (
    <ol className={styles.timeline} data-testid="order-timeline">
      {events.map((event, i) => (
        <li key={`${event.kind}-${event.at}-${i}`} className={styles.step} data-kind={event.kind} data-testid="order-timeline-event">
          <span className={styles.dot} aria-hidden="true" />
          <span className={styles.label}>{timelineLabel(event, currencyCode)}</span>
          <time className={styles.when} dateTime={event.at}>
            {formatDateTime(event.at)}
          </time>
        </li>
      ))}
    </ol>
  )
}
