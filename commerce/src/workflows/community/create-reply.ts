import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { checkDiscussionOpenStep } from "./steps/check-discussion-open"
import { countReplyStep } from "./steps/count-reply"
import { createPostStep } from "./steps/create-post"
import { findActiveMemberStep } from "./steps/find-active-member"
import { checkPostReadableStep } from "./steps/check-group-access"

export const createCommunityReplyWorkflowId = "create-community-reply"
export const COMMUNITY_REPLY_CREATED = "community.reply.created"

export type CreateReplyInput = { customer_id: string; discussion_id: string; body: string; idempotency_key?: string }

/** An active member replies to an open discussion; stored once, counted, and announced for notification. */
export const createCommunityReplyWorkflow = createWorkflow(createCommunityReplyWorkflowId, (input: CreateReplyInput) => {
  const member = findActiveMemberStep({ customer_id: input.customer_id })
  checkPostReadableStep(transform({ input, member }, ({ input, member }) => ({ target_type: "discussion" as const, target_id: input.discussion_id, member_id: member.id })))
  checkDiscussionOpenStep({ discussion_id: input.discussion_id })
  const lockKey = transform({ member }, ({ member }) => `community-post:${member.id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const postInput = transform({ input, member }, ({ input, member }) => ({
    author_id: member.id,
    body: input.body,
    reply_to: input.discussion_id,
    idempotency_key: input.idempotency_key,
    dedupe_window_seconds: env.COMMUNITY_DEDUPE_SECONDS,
  }))
  const post = createPostStep(postInput)
  when({ post }, ({ post }) => post.created).then(() => {
    countReplyStep({ discussion_id: input.discussion_id, delta: 1, touch: true })
    emitEventStep({ eventName: COMMUNITY_REPLY_CREATED, data: { id: post.id } })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(post)
})
