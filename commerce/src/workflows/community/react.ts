import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findActiveMemberStep } from "./steps/find-active-member"
import type { PostTarget } from "./steps/find-own-post"
import { setReactionStep, type ReactionKind } from "./steps/set-reaction"

export const reactToCommunityPostWorkflowId = "react-to-community-post"

/** An active member sets, changes or (kind null) removes their one reaction to a post. */
export const reactToCommunityPostWorkflow = createWorkflow(
  reactToCommunityPostWorkflowId,
  (input: PostTarget & { customer_id: string; kind: ReactionKind | null }) => {
    const member = findActiveMemberStep({ customer_id: input.customer_id })
    const reaction = transform({ input, member }, ({ input, member }) => ({
      target_type: input.target_type,
      target_id: input.target_id,
      kind: input.kind,
      member_id: member.id,
    }))
    return new WorkflowResponse(setReactionStep(reaction))
  }
)
