import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FollowTarget } from "../../modules/community/models/follow"
import { findActiveMemberStep } from "./steps/find-active-member"
import { checkFollowTargetStep, followStep, unfollowStep } from "./steps/follow"

export const followCommunityTargetWorkflowId = "follow-community-target"
export const unfollowCommunityTargetWorkflowId = "unfollow-community-target"

type Input = { customer_id: string; target_type: FollowTarget; target_id: string }

const asMember = (input: Input, member: { id: string }) => ({ member_id: member.id, target_type: input.target_type, target_id: input.target_id })

/** An active member follows a member or a discussion they may read; following twice changes nothing. */
export const followCommunityTargetWorkflow = createWorkflow(followCommunityTargetWorkflowId, (input: Input) => {
  const member = findActiveMemberStep({ customer_id: input.customer_id })
  const follow = transform({ input, member }, ({ input, member }) => asMember(input, member))
  checkFollowTargetStep(follow)
  return new WorkflowResponse(followStep(follow))
})

/** A member stops following; unfollowing what they do not follow changes nothing. */
export const unfollowCommunityTargetWorkflow = createWorkflow(unfollowCommunityTargetWorkflowId, (input: Input) => {
  const member = findActiveMemberStep({ customer_id: input.customer_id })
  return new WorkflowResponse(unfollowStep(transform({ input, member }, ({ input, member }) => asMember(input, member))))
})
