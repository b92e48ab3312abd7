import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { earnedBadges } from "../../../lib/community/earned-badges"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { AutomaticBadgeKind } from "../../../modules/community/models/badge"
import type CommunityModuleService from "../../../modules/community/service"

export type FindEarnedBadgesInput = { member_id?: string; customer_id?: string; kinds: AutomaticBadgeKind[] }

/** The member (by id or customer) and which of the asked badges they have earned; none for a customer who has not joined. Reads only. */
export const findEarnedBadgesStep = createStep("find-earned-community-badges", async (input: FindEarnedBadgesInput, { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const filter = input.member_id ? { id: input.member_id } : { customer_id: input.customer_id }
  const [member] = input.member_id || input.customer_id ? await community.listCommunityMembers(filter) : []
  if (!member) return new StepResponse([] as { member_id: string; kind: AutomaticBadgeKind }[])
  // A kind the member holds, or held and staff revoked, is never awarded again: not worth checking (an order's verified-buyer check reads every order).
  const held = new Set(
    (await community.listCommunityBadges({ member_id: member.id, kind: input.kinds }, { select: ["kind"], withDeleted: true, take: null })).map((b) => b.kind)
  )
  const kinds = await earnedBadges(container, member, input.kinds.filter((kind) => !held.has(kind)))
  return new StepResponse(kinds.map((kind) => ({ member_id: member.id, kind })))
})
