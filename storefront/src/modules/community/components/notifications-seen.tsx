"use client"

import { useEffect } from "react"
import { announceNotificationsChanged } from "@/modules/layout/components/notification-bell/use-unread-count"

/** Tells the header's bell to count again whenever the list it sits in shows a different number of unread notifications. */
export default function NotificationsSeen({ unread }: { unread: number }) {
  useEffect(() => announceNotificationsChanged(), [unread])
  return null
}
