import "server-only"
import { privateFetchOptions } from "../cache"
import { sdk, storeFetch } from "../config"
import { nullOn404 } from "../util/errors"
import { authHeaders } from "./cookies"

export type NotificationKind = "reply" | "mention" | "reaction" | "badge" | "moderation" | "group_invite"
export type NotificationDelivery = "in_app" | "email" | "digest" | "off"
export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>

/** One notification as commerce words it: plain text (never HTML) and a country-less storefront path. */
export type CommunityNotification = {
  id: string
  kind: NotificationKind
  text: string
  detail: string | null
  path: string
  actor: { id: string; display_name: string; avatar_url: string | null } | null
  read_at: string | null
  created_at: string
}

export const NOTIFICATIONS_PER_PAGE = 20

/** Always the signed-in member's own, never from a shared cache. */
const ownFetch = async () => ({ headers: await authHeaders(), ...privateFetchOptions() })

/** A page of the member's notifications, newest first; null when they have not joined the community. */
export async function listNotifications(cursor?: string) {
  const query: Record<string, string | number> = { limit: NOTIFICATIONS_PER_PAGE }
  if (cursor) query.cursor = cursor
  return nullOn404(
    storeFetch<{ notifications: CommunityNotification[]; next_cursor: string | null }>("/store/community/notifications", {
      query,
      ...(await ownFetch()),
    })
  )
}

/**
 * The bell's number; null when the visitor has not joined the community.
 * Commerce's /community/unread, outside /store: no publishable key to look up.
 */
export async function retrieveUnreadCount() {
  return nullOn404(sdk.client.fetch<{ unread: number; capped: boolean }>("/community/unread", await ownFetch()))
}

/** How the member hears about each kind; null when they have not joined. */
export async function retrieveNotificationPreferences() {
  return (await nullOn404(storeFetch<{ preferences: NotificationPreferences }>("/store/community/notifications/preferences", await ownFetch())))
    ?.preferences ?? null
}

/** A change to the member's own notifications (mark read, preferences). */
export async function notificationsWrite<T>(path: string, body: Record<string, unknown> = {}): Promise<T> {
  const { headers, signal } = await ownFetch()
  return storeFetch<T>(`/store/community/notifications${path}`, { method: "POST", body, headers, signal })
}
