import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COMMUNITY_DISCUSSION_CHANGED } from "./events"
import { findActiveMemberStep } from "./steps/find-active-member"
import { findOwnPostStep, type PostTarget } from "./steps/find-own-post"
import { checkPostReadableStep } from "./steps/check-group-access"
import { updatePostStep } from "./steps/update-post"

export const editCommunityPostWorkflowId = "edit-community-post"

/** An active member rewrites their own discussion or reply. */
export const editCommunityPostWorkflow = createWorkflow(
  editCommunityPostWorkflowId,
  (input: PostTarget & { customer_id: string; body?: string; title?: string }) => {
    const member = findActiveMemberStep({ customer_id: input.customer_id })
    const target = transform({ input, member }, ({ input, member }) => ({
      target_type: input.target_type,
      target_id: input.target_id,
      member_id: member.id,
    }))
    findOwnPostStep(target)
    checkPostReadableStep(target)
    updatePostStep(input)
    when("discussion-changed", { input }, ({ input }) => input.target_type === "discussion").then(() => {
      emitEventStep({ eventName: COMMUNITY_DISCUSSION_CHANGED, data: { id: input.target_id } })
    })
    return new WorkflowResponse({ id: input.target_id })
  }
)
