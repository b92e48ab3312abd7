import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReportStep } from "./steps/create-report"
import { findActiveMemberStep } from "./steps/find-active-member"
import { checkPostReadableStep } from "./steps/check-group-access"
import type { PostTarget } from "./steps/find-own-post"

export const reportCommunityPostWorkflowId = "report-community-post"

/** A member reports a post to the moderators, once while the report is open. */
export const reportCommunityPostWorkflow = createWorkflow(
  reportCommunityPostWorkflowId,
  (input: PostTarget & { customer_id: string; reason: string }) => {
    const member = findActiveMemberStep({ customer_id: input.customer_id })
    checkPostReadableStep(transform({ input, member }, ({ input, member }) => ({ target_type: input.target_type, target_id: input.target_id, member_id: member.id })))
    const report = transform({ input, member }, ({ input, member }) => ({
      target_type: input.target_type,
      target_id: input.target_id,
      reason: input.reason,
      reporter_id: member.id,
    }))
    return new WorkflowResponse(createReportStep(report))
  }
)
