import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { findActiveMemberStep } from "./steps/find-active-member"
import { findOpenCategoryStep } from "./steps/find-open-category"
import { checkGroupPostingStep } from "./steps/check-group-access"
import { createPostStep } from "./steps/create-post"
import { COMMUNITY_DISCUSSION_CHANGED } from "./events"

export const createCommunityDiscussionWorkflowId = "create-community-discussion"
export const COMMUNITY_DISCUSSION_CREATED = "community.discussion.created"

export type CreateDiscussionInput = { customer_id: string; category_id: string; group_id?: string | null; title: string; body: string; idempotency_key?: string }

/** An active member starts a discussion in a category that is not archived; a double submit stores it once, announced once. */
export const createCommunityDiscussionWorkflow = createWorkflow(createCommunityDiscussionWorkflowId, (input: CreateDiscussionInput) => {
  const member = findActiveMemberStep({ customer_id: input.customer_id })
  findOpenCategoryStep({ category_id: input.category_id })
  checkGroupPostingStep(transform({ input, member }, ({ input, member }) => ({ member_id: member.id, group_id: input.group_id ?? null })))
  const lockKey = transform({ member }, ({ member }) => `community-post:${member.id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const postInput = transform({ input, member }, ({ input, member }) => ({
    author_id: member.id,
    body: input.body,
    discussion: { title: input.title, category_id: input.category_id, group_id: input.group_id ?? null },
    idempotency_key: input.idempotency_key,
    dedupe_window_seconds: env.COMMUNITY_DEDUPE_SECONDS,
  }))
  const post = createPostStep(postInput)
  when({ post }, ({ post }) => post.created).then(() => {
    emitEventStep({ eventName: COMMUNITY_DISCUSSION_CREATED, data: { id: post.id } }).config({ name: "emit-discussion-created" })
  })
  releaseLockStep({ key: lockKey })
  emitEventStep({ eventName: COMMUNITY_DISCUSSION_CHANGED, data: transform({ post }, ({ post }) => ({ id: post.id })) })
  return new WorkflowResponse(post)
})
