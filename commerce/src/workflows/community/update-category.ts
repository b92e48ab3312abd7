import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { logModerationStep } from "./steps/log-moderation"
import { updateCategoryStep, type UpdateCategoryInput } from "./steps/update-category"

export const updateCommunityCategoryWorkflowId = "update-community-category"

/** Staff rename, re-address or re-describe a category; a real change is logged with what changed. */
export const updateCommunityCategoryWorkflow = createWorkflow(
  updateCommunityCategoryWorkflowId,
  (input: UpdateCategoryInput & { actor_id: string; reason?: string | null }) => {
    const fields = transform({ input }, ({ input }) => ({ id: input.id, name: input.name, slug: input.slug, description: input.description }))
    const updated = updateCategoryStep(fields)
    when({ updated }, ({ updated }) => Object.keys(updated.changes).length > 0).then(() => {
      const entry = transform({ input, updated }, ({ input, updated }) => ({
        actor_type: "staff" as const,
        actor_id: input.actor_id,
        action: "update" as const,
        target_type: "category" as const,
        target_id: input.id,
        reason: input.reason ?? null,
        details: updated.changes,
      }))
      logModerationStep(entry)
    })
    return new WorkflowResponse(updated)
  }
)
