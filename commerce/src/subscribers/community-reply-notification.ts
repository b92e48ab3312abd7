import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_REPLY_CREATED } from "../workflows/community/create-reply"
import { notifyCommunityReplyWorkflow } from "../workflows/community/notify-reply"

/** A new reply: tell the discussion's author (the workflow decides whether they want to hear). */
export default async function communityReplyNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await notifyCommunityReplyWorkflow(container).run({ input: { reply_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Community reply notification for ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: COMMUNITY_REPLY_CREATED,
  context: { subscriberId: "community-reply-notification" },
}
