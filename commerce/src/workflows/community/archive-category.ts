import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATEGORY_ORDER_LOCK } from "./create-category"
import { logModerationStep } from "./steps/log-moderation"
import { setCategoryArchivedStep } from "./steps/set-category-archived"

export const archiveCommunityCategoryWorkflowId = "archive-community-category"

/** Staff archive a category (`archived: true`) or bring it back (`false`, at the end of the order); logged. */
export const archiveCommunityCategoryWorkflow = createWorkflow(
  archiveCommunityCategoryWorkflowId,
  (input: { id: string; archived: boolean; actor_id: string; reason?: string | null }) => {
    acquireLockStep({ key: CATEGORY_ORDER_LOCK, timeout: 10, ttl: 30 })
    const change = transform({ input }, ({ input }) => ({ id: input.id, archived: input.archived }))
    const category = setCategoryArchivedStep(change)
    const entry = transform({ input }, ({ input }) => ({
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      action: input.archived ? ("archive" as const) : ("unarchive" as const),
      target_type: "category" as const,
      target_id: input.id,
      reason: input.reason ?? null,
    }))
    logModerationStep(entry)
    releaseLockStep({ key: CATEGORY_ORDER_LOCK })
    return new WorkflowResponse(category)
  }
)
