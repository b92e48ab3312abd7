import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findActiveMemberStep } from "./steps/find-active-member"
import { checkPostReadableStep } from "./steps/check-group-access"
import type { PostTarget } from "./steps/find-own-post"
import { setReactionStep, type ReactionKind } from "./steps/set-reaction"

export const reactToCommunityPostWorkflowId = "react-to-community-post"
/** A reaction set or changed (not removed), with the reacting member: the post's author may have earned a badge, and is told. */
export const COMMUNITY_REACTION_SET = "community.reaction.set"

/** An active member sets, changes or (kind null) removes their one reaction to a post. */
export const reactToCommunityPostWorkflow = createWorkflow(
  reactToCommunityPostWorkflowId,
  (input: PostTarget & { customer_id: string; kind: ReactionKind | null }) => {
    const member = findActiveMemberStep({ customer_id: input.customer_id })
    checkPostReadableStep(transform({ input, member }, ({ input, member }) => ({ target_type: input.target_type, target_id: input.target_id, member_id: member.id })))
    const reaction = transform({ input, member }, ({ input, member }) => ({
      target_type: input.target_type,
      target_id: input.target_id,
      kind: input.kind,
      member_id: member.id,
    }))
    const set = setReactionStep(reaction)
    const event = transform({ reaction }, ({ reaction }) => ({ target_type: reaction.target_type, target_id: reaction.target_id, member_id: reaction.member_id }))
    when({ set }, ({ set }) => !!set).then(() => {
      emitEventStep({ eventName: COMMUNITY_REACTION_SET, data: event })
    })
    return new WorkflowResponse(set)
  }
)
