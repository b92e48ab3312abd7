import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findModeratorStep } from "./steps/find-moderator"
import { moderateCommunityWorkflow } from "./moderate"

export const moderateAsMemberWorkflowId = "moderate-community-as-member"

/** A community moderator, or a group moderator in their group, hides or restores a post from the storefront. */
export const moderateAsMemberWorkflow = createWorkflow(
  moderateAsMemberWorkflowId,
  (input: { customer_id: string; action: "hide" | "restore"; target_type: "discussion" | "reply"; target_id: string; reason: string }) => {
    const moderator = findModeratorStep({ customer_id: input.customer_id, target_type: input.target_type, target_id: input.target_id })
    const moderation = transform({ input, moderator }, ({ input, moderator }) => ({
      action: input.action,
      target_type: input.target_type,
      target_id: input.target_id,
      reason: input.reason,
      actor_type: "moderator" as const,
      actor_id: moderator.id,
    }))
    const result = moderateCommunityWorkflow.runAsStep({ input: moderation })
    return new WorkflowResponse(result)
  }
)
