import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyMember } from "../lib/community/notify"
import { NOTIFICATION_EVENTS, notificationsFor } from "../lib/community/notification-triggers"

/** A reply, mention, reaction, badge or moderation: tell the members it concerns, as each chose (once per event, however often it arrives). */
export default async function communityNotifyMembers({ event, container }: SubscriberArgs<{ id?: string; target_type?: string; target_id?: string; member_id?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    for (const notification of await notificationsFor(container, event.name, event.data)) {
      await notifyMember(container, notification).catch((error: Error) =>
        logger.error(`Community notification ${notification.source_key} failed: ${error.message}`)
      )
    }
  } catch (error) {
    logger.error(`Community notifications for ${event.name} ${event.data.id ?? event.data.target_id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: NOTIFICATION_EVENTS, context: { subscriberId: "community-notify-members" } }
