import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_GROUP_CHANGED } from "./group-events"
import { createGroupStep, type GroupFields } from "./steps/create-group"
import { logModerationStep } from "./steps/log-moderation"

export const createCommunityGroupWorkflowId = "create-community-group"

/** Staff create an interest group (public, or private: by request or invitation); the log records it. */
export const createCommunityGroupWorkflow = createWorkflow(
  createCommunityGroupWorkflowId,
  (input: GroupFields & { actor_id: string; reason?: string | null }) => {
    const fields = transform({ input }, ({ input }) => ({
      name: input.name,
      slug: input.slug,
      description: input.description ?? null,
      image_url: input.image_url ?? null,
      visibility: input.visibility,
    }))
    const group = createGroupStep(fields)
    const entry = transform({ input, group }, ({ input, group }) => ({
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      action: "create_group" as const,
      target_type: "group" as const,
      target_id: group.id,
      reason: input.reason ?? null,
      details: { name: group.name, slug: group.slug, visibility: group.visibility },
    }))
    logModerationStep(entry)
    emitEventStep({ eventName: COMMUNITY_GROUP_CHANGED, data: transform({ group }, ({ group }) => ({ id: group.id })) })
    return new WorkflowResponse(group)
  }
)
