import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_GROUP_MEMBERSHIP_CHANGED } from "./group-events"
import { decideMembershipStep, type MembershipDecision } from "./steps/decide-membership"
import { findGroupModeratorStep } from "./steps/find-group-moderator"
import { removeMembershipStep } from "./steps/leave-group"
import { logModerationStep, type GroupAction, type ModerationActor } from "./steps/log-moderation"

export const decideGroupMembershipWorkflowId = "decide-community-group-membership"
export const decideGroupMembershipAsModeratorWorkflowId = "decide-community-group-membership-as-moderator"

/** Every decision about a member's place in a group; decline and remove end it. */
export type GroupMembershipAction = MembershipDecision | "decline" | "remove"
/** What a group's own moderators may decide (staff decide everything). */
export const GROUP_MODERATOR_ACTIONS = ["approve", "decline", "invite"] as const

const LOGGED: Record<GroupMembershipAction, GroupAction> = {
  approve: "approve_member",
  decline: "decline_member",
  invite: "invite_member",
  remove: "remove_member",
  promote: "promote_group_moderator",
  demote: "demote_group_moderator",
}

export type DecideMembershipInput = ModerationActor & { group_id: string; member_id: string; action: GroupMembershipAction; reason?: string | null }

/** Staff or a group moderator approve, decline, invite, remove, promote or demote a member in a group; logged and announced. */
export const decideGroupMembershipWorkflow = createWorkflow(decideGroupMembershipWorkflowId, (input: DecideMembershipInput) => {
  const ending = transform({ input }, ({ input }) => input.action === "decline" || input.action === "remove")
  const removed = when("membership-ends", { ending }, ({ ending }) => ending).then(() => removeMembershipStep({ group_id: input.group_id, member_id: input.member_id }))
  const decided = when("membership-decided", { ending }, ({ ending }) => !ending).then(() => {
    const decision = transform({ input }, ({ input }) => ({
      group_id: input.group_id,
      member_id: input.member_id,
      decision: input.action as MembershipDecision,
      decided_by: input.actor_id,
    }))
    return decideMembershipStep(decision)
  })
  const membership = transform({ removed, decided }, ({ removed, decided }) => (decided?.membership ?? removed)!)
  const entry = transform({ input }, ({ input }) => ({
    actor_type: input.actor_type,
    actor_id: input.actor_id,
    action: LOGGED[input.action],
    target_type: "member" as const,
    target_id: input.member_id,
    reason: input.reason ?? null,
    details: { group_id: input.group_id },
  }))
  logModerationStep(entry)
  emitEventStep({
    eventName: COMMUNITY_GROUP_MEMBERSHIP_CHANGED,
    data: transform({ input, membership }, ({ input, membership }) => ({
      id: membership.id,
      group_id: input.group_id,
      member_id: input.member_id,
      action: input.action,
    })),
  })
  return new WorkflowResponse(membership)
})

/** A group's moderator approves or declines a request, or invites a member, from the storefront. */
export const decideGroupMembershipAsModeratorWorkflow = createWorkflow(
  decideGroupMembershipAsModeratorWorkflowId,
  (input: { customer_id: string; group_id: string; member_id: string; action: (typeof GROUP_MODERATOR_ACTIONS)[number] }) => {
    const moderator = findGroupModeratorStep({ customer_id: input.customer_id, group_id: input.group_id })
    const decision = transform({ input, moderator }, ({ input, moderator }) => ({
      group_id: input.group_id,
      member_id: input.member_id,
      action: input.action,
      actor_type: "moderator" as const,
      actor_id: moderator.id,
    }))
    return new WorkflowResponse(decideGroupMembershipWorkflow.runAsStep({ input: decision }))
  }
)
