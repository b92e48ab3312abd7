import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_GROUP_MEMBERSHIP_CHANGED } from "./group-events"
import { joinGroupStep } from "./steps/join-group"
import { removeMembershipStep } from "./steps/leave-group"

export const joinCommunityGroupWorkflowId = "join-community-group"
export const leaveCommunityGroupWorkflowId = "leave-community-group"

const announced = (membership: { id: string; group_id: string; member_id: string }, action: string) => ({
  id: membership.id,
  group_id: membership.group_id,
  member_id: membership.member_id,
  action,
})

/** A member joins a public group, asks to join a private one, or accepts an invitation; joining twice changes nothing. */
export const joinCommunityGroupWorkflow = createWorkflow(joinCommunityGroupWorkflowId, (input: { group_id: string; member_id: string }) => {
  const joined = joinGroupStep(input)
  when({ joined }, ({ joined }) => joined.action !== "none").then(() => {
    emitEventStep({
      eventName: COMMUNITY_GROUP_MEMBERSHIP_CHANGED,
      data: transform({ joined }, ({ joined }) => announced(joined.membership, joined.action)),
    })
  })
  return new WorkflowResponse(joined)
})

/** A member leaves a group, withdraws their request or declines an invitation. */
export const leaveCommunityGroupWorkflow = createWorkflow(leaveCommunityGroupWorkflowId, (input: { group_id: string; member_id: string }) => {
  const removed = removeMembershipStep(input)
  emitEventStep({ eventName: COMMUNITY_GROUP_MEMBERSHIP_CHANGED, data: transform({ removed }, ({ removed }) => announced(removed, "leave")) })
  return new WorkflowResponse(removed)
})
