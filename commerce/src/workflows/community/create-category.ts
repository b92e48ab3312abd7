import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCategoryStep, type CreateCategoryInput } from "./steps/create-category"
import { logModerationStep } from "./steps/log-moderation"

export const createCommunityCategoryWorkflowId = "create-community-category"
/** Category changes that place a category in the order wait for each other. */
export const CATEGORY_ORDER_LOCK = "community-categories"

/** Staff create a category at the end of the order; the log records it. */
export const createCommunityCategoryWorkflow = createWorkflow(
  createCommunityCategoryWorkflowId,
  (input: CreateCategoryInput & { actor_id: string; reason?: string | null }) => {
    acquireLockStep({ key: CATEGORY_ORDER_LOCK, timeout: 10, ttl: 30 })
    const fields = transform({ input }, ({ input }) => ({ name: input.name, slug: input.slug, description: input.description ?? null }))
    const category = createCategoryStep(fields)
    const entry = transform({ input, category }, ({ input, category }) => ({
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      action: "create" as const,
      target_type: "category" as const,
      target_id: category.id,
      reason: input.reason ?? null,
      details: { name: category.name, slug: category.slug },
    }))
    logModerationStep(entry)
    releaseLockStep({ key: CATEGORY_ORDER_LOCK })
    return new WorkflowResponse(category)
  }
)
