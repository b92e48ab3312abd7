import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COMMUNITY_DISCUSSION_CHANGED } from "./events"
import { countReplyStep } from "./steps/count-reply"
import { deletePostStep } from "./steps/delete-post"
import { findActiveMemberStep } from "./steps/find-active-member"
import { findOwnPostStep, type PostTarget } from "./steps/find-own-post"

export const deleteCommunityPostWorkflowId = "delete-community-post"

/** An active member deletes their own discussion or reply; a visible reply leaves its discussion's count. */
export const deleteCommunityPostWorkflow = createWorkflow(deleteCommunityPostWorkflowId, (input: PostTarget & { customer_id: string }) => {
  const member = findActiveMemberStep({ customer_id: input.customer_id })
  const target = transform({ input, member }, ({ input, member }) => ({
    target_type: input.target_type,
    target_id: input.target_id,
    member_id: member.id,
  }))
  const post = findOwnPostStep(target)
  deletePostStep({ target_type: input.target_type, target_id: input.target_id })
  when({ post, input }, ({ post, input }) => input.target_type === "reply" && post.visibility === "visible").then(() => {
    const count = transform({ post }, ({ post }) => ({ discussion_id: post.discussion_id as string, delta: -1 }))
    countReplyStep(count)
  })
  when("discussion-changed", { input }, ({ input }) => input.target_type === "discussion").then(() => {
    emitEventStep({ eventName: COMMUNITY_DISCUSSION_CHANGED, data: { id: input.target_id } })
  })
  return new WorkflowResponse({ id: input.target_id, deleted: true })
})
