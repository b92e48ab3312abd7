import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../modules/community"
import type { AutomaticBadgeKind } from "../../modules/community/models/badge"
import type CommunityModuleService from "../../modules/community/service"
import { COMMUNITY_DISCUSSION_CREATED } from "../../workflows/community/create-discussion"
import { COMMUNITY_MEMBER_CREATED } from "../../workflows/community/join-community"
import { COMMUNITY_REACTION_SET } from "../../workflows/community/react"
import { CERTIFICATE_ISSUED_EVENT } from "../../workflows/send-certificate-issued-email"

export type BadgeCheck = { member_id?: string; customer_id?: string; kinds: AutomaticBadgeKind[] }

const ALL_AUTOMATIC: AutomaticBadgeKind[] = ["first_discussion", "helpful_replier", "course_graduate", "verified_buyer", "event_attendee", "one_year_member"]

type EventData = { id?: string; target_type?: string; target_id?: string }
const community = (container: MedusaContainer) => container.resolve<CommunityModuleService>(COMMUNITY_MODULE)

/** For each event that can earn a badge: whose badges to check, and which. Null when the event earns nothing. */
const triggers: Record<string, (container: MedusaContainer, data: EventData) => Promise<BadgeCheck | null>> = {
  [COMMUNITY_DISCUSSION_CREATED]: async (container, data) => {
    const [discussion] = await community(container).listCommunityDiscussions({ id: data.id })
    return discussion ? { member_id: discussion.author_id, kinds: ["first_discussion"] } : null
  },
  // A reaction to a reply may make it helpful for its author (reactions to discussions earn nothing).
  [COMMUNITY_REACTION_SET]: async (container, data) => {
    if (data.target_type !== "reply" || !data.target_id) return null
    const [reply] = await community(container).listCommunityReplies({ id: data.target_id })
    return reply ? { member_id: reply.author_id, kinds: ["helpful_replier"] } : null
  },
  // Joining checks everything: a certificate or a book bought before the profile existed counts.
  [COMMUNITY_MEMBER_CREATED]: async (_container, data) => (data.id ? { member_id: data.id, kinds: ALL_AUTOMATIC } : null),
  [CERTIFICATE_ISSUED_EVENT]: async (container, data) => {
    const { data: rows } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "certificate",
      fields: ["enrollment.customer_id"],
      filters: { id: data.id },
    })
    const customerId = (rows[0] as { enrollment?: { customer_id?: string } } | undefined)?.enrollment?.customer_id
    return customerId ? { customer_id: customerId, kinds: ["course_graduate"] } : null
  },
  [OrderWorkflowEvents.PLACED]: async (container, data) => {
    const { data: rows } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["customer_id"],
      filters: { id: data.id },
    })
    const customerId = (rows[0] as { customer_id?: string | null } | undefined)?.customer_id
    return customerId ? { customer_id: customerId, kinds: ["verified_buyer"] } : null
  },
}

export const BADGE_EVENTS = Object.keys(triggers)

/** Whose badges an event may have earned, and which. */
export const badgeCheckFor = (container: MedusaContainer, eventName: string, data: EventData) =>
  triggers[eventName]?.(container, data) ?? Promise.resolve(null)
