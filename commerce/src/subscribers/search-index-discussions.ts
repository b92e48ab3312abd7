import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { indexDiscussions } from "../lib/search/commerce-documents"
import { COMMUNITY_DISCUSSION_CHANGED } from "../workflows/community/events"

/** A discussion was started, edited, hidden, restored or deleted: the search index follows it. */
export default async function searchIndexDiscussions({ event, container }: SubscriberArgs<{ id: string }>) {
  await indexDiscussions(container, [event.data.id])
}

export const config: SubscriberConfig = { event: COMMUNITY_DISCUSSION_CHANGED }
