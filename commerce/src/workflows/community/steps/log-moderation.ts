import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { ModerationAction, ModerationTarget } from "./apply-moderation"

export type ModerationActor = { actor_type: "staff" | "moderator"; actor_id: string }

/** Records who did what to what, and why. */
export const logModerationStep = createStep(
  "log-community-moderation",
  async (input: ModerationTarget & ModerationActor & { action: ModerationAction; reason: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const entry = await community.createCommunityModerationLogs(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityModerationLogs(id)
  }
)
