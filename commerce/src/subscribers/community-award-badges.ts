import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BADGE_EVENTS, badgeCheckFor } from "../lib/community/badge-triggers"
import { awardEarnedBadgesWorkflow } from "../workflows/community/award-earned-badges"

/** An event that can earn a badge (a first discussion, a reaction, a certificate, an order, joining): award what the member has earned, once. */
export default async function communityAwardBadges({ event, container }: SubscriberArgs<{ id?: string; target_type?: string; target_id?: string }>) {
  try {
    const check = await badgeCheckFor(container, event.name, event.data)
    if (check) await awardEarnedBadgesWorkflow(container).run({ input: check })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Community badges for ${event.name} ${event.data.id ?? event.data.target_id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: BADGE_EVENTS, context: { subscriberId: "community-award-badges" } }
