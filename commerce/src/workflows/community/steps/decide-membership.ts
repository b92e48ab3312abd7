import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { groupOrNotFound, isDuplicate, membershipOf } from "./group-rules"

/** What staff (all of them) and a group's moderators (approve, decline, invite) decide about a member's place in it. */
export const MEMBERSHIP_DECISIONS = ["approve", "invite", "promote", "demote"] as const
export type MembershipDecision = (typeof MEMBERSHIP_DECISIONS)[number]

type Snapshot = { id: string; status: "active" | "requested" | "invited"; role: "member" | "moderator" }
type Undo = { created?: string; before?: Snapshot } | null

const refuse = (message: string) => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * Approves a request, invites a member (one who asked already is approved),
 * or makes a member a group moderator or not. A suspended member can be
 * neither approved nor invited; a decision that would change nothing is refused.
 */
export const decideMembershipStep = createStep(
  "decide-community-group-membership",
  async (input: { group_id: string; member_id: string; decision: MembershipDecision; decided_by: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [group, [member]] = await Promise.all([groupOrNotFound(community, input.group_id), community.listCommunityMembers({ id: input.member_id })])
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} was not found`)
    const name = member.display_name
    const existing = await membershipOf(community, group.id, member.id)
    const welcome = input.decision === "approve" || input.decision === "invite"
    if (welcome && member.status === "suspended") refuse(`${name} is suspended: a suspended member cannot join groups`)
    if (welcome && group.archived_at) refuse(`The group “${group.name}” is archived: it takes no new members`)
    const set = (change: Partial<Snapshot>) => community.updateCommunityGroupMemberships({ id: existing!.id, ...change, decided_by: input.decided_by })
    const before: Snapshot | undefined = existing && { id: existing.id, status: existing.status, role: existing.role }

    if (input.decision === "invite" && !existing) {
      const membership = await community
        .createCommunityGroupMemberships({ group_id: group.id, member_id: member.id, status: "invited", decided_by: input.decided_by })
        .catch((error: Error) => {
          if (isDuplicate(error)) refuse(`${name} was invited or joined “${group.name}” a moment ago`)
          throw error
        })
      return new StepResponse({ membership, group, member }, { created: membership.id } as Undo)
    }
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${name} has not asked to join “${group.name}”`)
    if (input.decision === "approve" || input.decision === "invite") {
      if (existing.status === "active") refuse(`${name} is already a member of “${group.name}”`)
      if (existing.status === "invited") refuse(`${name} is already invited to “${group.name}”`)
      return new StepResponse({ membership: await set({ status: "active" }), group, member }, { before } as Undo)
    }
    if (existing.status !== "active") refuse(`${name} is not a member of “${group.name}” yet`)
    const role = input.decision === "promote" ? "moderator" : "member"
    if (existing.role === role) refuse(`${name} is ${role === "moderator" ? "already" : "not"} a moderator of “${group.name}”`)
    return new StepResponse({ membership: await set({ role }), group, member }, { before } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    if (undo.created) await community.deleteCommunityGroupMemberships(undo.created)
    if (undo.before) await community.updateCommunityGroupMemberships(undo.before)
  }
)
