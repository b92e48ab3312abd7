import {
  DEFAULT_DELIVERY,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from "../../modules/community/models/notification"

export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>

type MemberSettings = { notify_on_reply?: boolean | null; notification_preferences?: unknown }

const isDelivery = (value: unknown): value is NotificationDelivery => NOTIFICATION_DELIVERIES.includes(value as NotificationDelivery)

/**
 * How the member hears about each kind: what they chose, else the default.
 * `notify_on_reply` (the older reply-email switch, still accepted by the
 * profile route) turned off means reply emails are off: replies stay in the bell.
 */
export function preferencesOf(member: MemberSettings): NotificationPreferences {
  const stored = (member.notification_preferences ?? {}) as Record<string, unknown>
  const prefs = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, isDelivery(stored[kind]) ? stored[kind] : DEFAULT_DELIVERY[kind]])
  ) as NotificationPreferences
  if (member.notify_on_reply === false && prefs.reply === "email") prefs.reply = "in_app"
  return prefs
}

/**
 * What to store after the member changed some kinds: the choices merged, and
 * `notify_on_reply` kept true to the reply choice so both settings agree.
 */
export function updatedPreferences(member: MemberSettings, changes: Partial<NotificationPreferences>) {
  const merged = { ...preferencesOf(member), ...changes }
  return { notification_preferences: merged, notify_on_reply: merged.reply === "email" }
}
