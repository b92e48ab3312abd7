import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { indexDiscussions } from "../lib/search/commerce-documents"
import { COMMUNITY_GROUP_CHANGED } from "../workflows/community/group-events"

const PAGE = 200

/** A group was created or changed: made private, its discussions leave the search index; made public, they come back. */
export default async function searchIndexGroupDiscussions({ event, container }: SubscriberArgs<{ id: string }>) {
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  for (let skip = 0; ; skip += PAGE) {
    const page = await community.listCommunityDiscussions({ group_id: event.data.id }, { select: ["id"], order: { id: "ASC" }, skip, take: PAGE })
    await indexDiscussions(container, page.map((d) => d.id))
    if (page.length < PAGE) return
  }
}

export const config: SubscriberConfig = { event: COMMUNITY_GROUP_CHANGED }
