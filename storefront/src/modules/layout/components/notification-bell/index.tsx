"use client"

import Link from "next/link"
import styles from "./styles.module.css"
import { useUnreadCount } from "./use-unread-count"

/** The bell beside the cart for a community member, with their unread count; nothing for anyone else. */
export default function NotificationBell({ countryCode }: { countryCode: string }) {
  const count = useUnreadCount()
  if (count?.unread == null) return null
  const shown = count.capped ? "99+" : String(count.unread)
  const label = count.unread === 0 ? "Notifications, none unread" : `Notifications, ${shown} unread`
  return (
    <Link
      href={`/${countryCode}/community/notifications`}
      className={styles.bell}
      aria-label={label}
      data-testid="notification-bell"
      data-count={count.unread}
      prefetch={false}
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className={styles.icon}>
        <path d="M5 14V9a5 5 0 0110 0v5l1.5 1.5h-13L5 14z" />
        <path d="M8.5 17.5a1.5 1.5 0 003 0" />
      </svg>
      {count.unread > 0 && (
        <span className={styles.count} data-testid="notification-bell-count">
          {shown}
        </span>
      )}
    </Link>
  )
}
