"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import type { UnreadNotifications } from "@/app/api/community/unread/route"
import { useVisitor } from "@/modules/account/hooks/use-visitor"

/** Sent after the reader marks notifications read, so the bell counts again. */
export const NOTIFICATIONS_CHANGED_EVENT = "notifications:changed"

/**
 * The signed-in member's unread count, or null (signed out, not a member, not
 * yet known). Asked after the page has loaded (cached pages hold nothing per
 * visitor), on each navigation, and when notifications were marked read.
 */
export function useUnreadCount(): UnreadNotifications | null {
  const signedIn = !!useVisitor()?.customer
  const pathname = usePathname()
  const [count, setCount] = useState<UnreadNotifications | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    window.addEventListener(NOTIFICATIONS_CHANGED_EVENT, bump)
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED_EVENT, bump)
  }, [])

  useEffect(() => {
    if (!signedIn) {
      setCount(null)
      return
    }
    let live = true
    fetch("/api/community/unread", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<UnreadNotifications>) : null))
      .then((fresh) => live && fresh && setCount(fresh))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [signedIn, pathname, version])

  return count
}

/** Tells the bell to count again. */
export function announceNotificationsChanged() {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED_EVENT))
}
