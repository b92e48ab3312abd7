import { z } from "zod"

export const NOTIFICATION_KINDS = ["reply", "mention", "reaction", "badge", "moderation", "group_invite"] as const
export const NOTIFICATION_DELIVERIES = ["in_app", "email", "digest", "off"] as const

const delivery = z.enum(NOTIFICATION_DELIVERIES, { errorMap: () => ({ message: "Choose how you hear about each kind." }) })

/** Every kind's choice, as the settings form sends them. */
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery])) as Record<(typeof NOTIFICATION_KINDS)[number], typeof delivery>
)

/** Where a notification may lead: a community page of this shop (anything else goes to the list). */
export const safeNotificationPath = (path: unknown) =>
  typeof path === "string" && /^\/community(\/[A-Za-z0-9_-]+)*(#reply-[A-Za-z0-9_]+)?$/.test(path) ? path : "/community/notifications"
