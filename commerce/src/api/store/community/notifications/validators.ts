import { z } from "@medusajs/framework/zod"
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationKind } from "../../../../modules/community/models/notification"

export const StoreListNotifications = z.object({
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(50, "limit must be at most 50").default(20),
  cursor: z.string().max(200, "cursor is not valid").optional(),
})
export type StoreListNotificationsType = z.infer<typeof StoreListNotifications>

const delivery = (kind: string) =>
  z.enum(NOTIFICATION_DELIVERIES, { error: `${kind} must be one of ${NOTIFICATION_DELIVERIES.join(", ")}` }).optional()

export const StoreUpdateNotificationPreferences = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery(kind)])) as Record<NotificationKind, ReturnType<typeof delivery>>)
  .strict()
  .refine((v) => Object.values(v).some((d) => d !== undefined), `Send at least one of ${NOTIFICATION_KINDS.join(", ")}`)
export type StoreUpdateNotificationPreferencesType = z.infer<typeof StoreUpdateNotificationPreferences>
