import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { GroupMembership } from "../../../modules/community/models/group-membership"
import type CommunityModuleService from "../../../modules/community/service"
import { groupOrNotFound, membershipOf } from "./group-rules"

type Undo = { created?: string; accepted?: string } | null
/** What joining did: joined a public group, asked to join a private one, accepted an invitation, or nothing (already there). */
export type JoinAction = "join" | "request" | "accept" | "none"
type Membership = InferTypeOf<typeof GroupMembership>
const answer = (membership: Membership, action: JoinAction, undo: Undo) => new StepResponse({ membership, action }, undo)

/**
 * A member joins a public group, asks to join a private one, or accepts an
 * invitation. Joining again answers the membership they have (`action:
 * "none"`); racing joins make one row (the unique index), and the loser
 * answers the winner's.
 */
export const joinGroupStep = createStep(
  "join-community-group",
  async (input: { group_id: string; member_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [group, [member]] = await Promise.all([groupOrNotFound(community, input.group_id), community.listCommunityMembers({ id: input.member_id })])
    if (member?.status !== "active") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your community membership is suspended: you cannot join groups")
    if (group.archived_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The group “${group.name}” is archived: it takes no new members`)
    const existing = await membershipOf(community, group.id, member.id)
    if (existing?.status === "invited") {
      const membership = await community.updateCommunityGroupMemberships({ id: existing.id, status: "active" })
      return answer(membership, "accept", { accepted: existing.id })
    }
    if (existing) return answer(existing, "none", null)
    const status = group.visibility === "public" ? ("active" as const) : ("requested" as const)
    try {
      const membership = await community.createCommunityGroupMemberships({ group_id: group.id, member_id: member.id, status })
      return answer(membership, status === "active" ? "join" : "request", { created: membership.id })
    } catch (error) {
      // Another join won the race (the unique index kept its row): answer that one.
      const raced = await membershipOf(community, group.id, member.id)
      if (!raced) throw error
      return answer(raced, "none", null)
    }
  },
  async (undo, { container }) => {
    if (!undo) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    if (undo.created) await community.deleteCommunityGroupMemberships(undo.created)
    if (undo.accepted) await community.updateCommunityGroupMemberships({ id: undo.accepted, status: "invited" })
  }
)
