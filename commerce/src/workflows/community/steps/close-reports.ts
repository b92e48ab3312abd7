import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { ModerationAction, ModerationTarget } from "./apply-moderation"

/**
 * Hiding a post resolves every open report on it; dismissing closes them
 * without changing the post. Other actions leave reports open.
 */
export const closeReportsStep = createStep(
  "close-community-reports",
  async (input: ModerationTarget & { action: ModerationAction; actor_id: string }, { container }) => {
    if (input.action !== "hide" && input.action !== "dismiss") return new StepResponse([], [])
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const open = await community.listCommunityReports({ target_type: input.target_type as "discussion" | "reply", target_id: input.target_id, status: "open" })
    if (!open.length) return new StepResponse([], [])
    const status = input.action === "hide" ? ("resolved" as const) : ("dismissed" as const)
    const closed = await community.updateCommunityReports(
      open.map((r) => ({ id: r.id, status, resolved_by: input.actor_id, resolved_at: new Date() }))
    )
    return new StepResponse(closed, open.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await community.updateCommunityReports(ids.map((id) => ({ id, status: "open" as const, resolved_by: null, resolved_at: null })))
  }
)
