import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATEGORY_ORDER_LOCK } from "./create-category"
import { logModerationStep } from "./steps/log-moderation"
import { moveCategoryStep } from "./steps/move-category"

export const moveCommunityCategoryWorkflowId = "move-community-category"

/** Staff move a category to a place in the order (0 = first); a real move is logged with from and to. */
export const moveCommunityCategoryWorkflow = createWorkflow(
  moveCommunityCategoryWorkflowId,
  (input: { id: string; position: number; actor_id: string }) => {
    acquireLockStep({ key: CATEGORY_ORDER_LOCK, timeout: 10, ttl: 30 })
    const target = transform({ input }, ({ input }) => ({ id: input.id, position: input.position }))
    const moved = moveCategoryStep(target)
    when({ moved }, ({ moved }) => moved.from !== moved.to).then(() => {
      const entry = transform({ input, moved }, ({ input, moved }) => ({
        actor_type: "staff" as const,
        actor_id: input.actor_id,
        action: "move" as const,
        target_type: "category" as const,
        target_id: input.id,
        details: { position: { from: moved.from, to: moved.to } },
      }))
      logModerationStep(entry)
    })
    releaseLockStep({ key: CATEGORY_ORDER_LOCK })
    return new WorkflowResponse(moved)
  }
)
