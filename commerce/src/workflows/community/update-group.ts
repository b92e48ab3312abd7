import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_GROUP_CHANGED } from "./group-events"
import { logModerationStep } from "./steps/log-moderation"
import { updateGroupStep, type UpdateGroupInput } from "./steps/update-group"

export const updateCommunityGroupWorkflowId = "update-community-group"

/** Staff change a group, or archive it (no joining, no new discussions) or bring it back; what changed is logged. */
export const updateCommunityGroupWorkflow = createWorkflow(
  updateCommunityGroupWorkflowId,
  (input: UpdateGroupInput & { actor_id: string; reason?: string | null }) => {
    const change = transform({ input }, ({ input }) => {
      const { actor_id: _actor, reason: _reason, ...change } = input
      return change
    })
    const result = updateGroupStep(change)
    const entry = transform({ input, result }, ({ input, result }) => ({
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      action: input.archived === true ? ("archive_group" as const) : input.archived === false ? ("unarchive_group" as const) : ("update_group" as const),
      target_type: "group" as const,
      target_id: input.id,
      reason: input.reason ?? null,
      details: result.changes,
    }))
    logModerationStep(entry)
    emitEventStep({ eventName: COMMUNITY_GROUP_CHANGED, data: { id: input.id } })
    return new WorkflowResponse(result)
  }
)
