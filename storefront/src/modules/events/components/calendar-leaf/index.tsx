import { calendarLeaf } from "@/lib/util/dates"
import styles from "./styles.module.css"

/** An event's day and month as a calendar leaf, in the event's own zone (decoration: the time beside it says it in words). */
export default function CalendarLeaf({ startsAt, timeZone, className }: { startsAt: string; timeZone: string; className?: string }) {
  const { day, month } = calendarLeaf(startsAt, timeZone)
  return (
    <p className={[styles.leaf, className].filter(Boolean).join(" ")} aria-hidden="true">
      <span className={styles.day}>{day}</span>
      <span className={styles.month}>{month}</span>
    </p>
  )
}
