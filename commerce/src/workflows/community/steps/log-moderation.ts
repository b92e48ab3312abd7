import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { MODERATION_ACTIONS, type ModerationAction, type ModerationTarget } from "./apply-moderation"

export type ModerationActor = { actor_type: "staff" | "moderator"; actor_id: string }

/** What staff do to categories, logged beside the moderation actions. */
export const CATEGORY_ACTIONS = ["create", "update", "archive", "unarchive", "move"] as const
export type CategoryAction = (typeof CATEGORY_ACTIONS)[number]
/** Staff giving a member a badge by hand, or taking any badge away. */
export const BADGE_ACTIONS = ["award_badge", "revoke_badge"] as const
export type BadgeAction = (typeof BADGE_ACTIONS)[number]
/** Staff changing an interest group, and staff or a group moderator deciding who is in it. */
export const GROUP_ACTIONS = [
  "create_group",
  "update_group",
  "archive_group",
  "unarchive_group",
  "approve_member",
  "decline_member",
  "invite_member",
  "remove_member",
  "promote_group_moderator",
  "demote_group_moderator",
] as const
export type GroupAction = (typeof GROUP_ACTIONS)[number]
export const LOGGED_ACTIONS = [...MODERATION_ACTIONS, ...CATEGORY_ACTIONS, ...BADGE_ACTIONS, ...GROUP_ACTIONS] as const

export type LogEntryInput = ModerationActor & {
  action: ModerationAction | CategoryAction | BadgeAction | GroupAction
  target_type: ModerationTarget["target_type"] | "category" | "group"
  target_id: string
  reason?: string | null
  details?: Record<string, unknown> | null
}

/** Records who did what to what, and why (the time is the entry's created_at). */
export const logModerationStep = createStep(
  "log-community-moderation",
  async (input: LogEntryInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const entry = await community.createCommunityModerationLogs({ ...input, reason: input.reason ?? null, details: input.details ?? null })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityModerationLogs(id)
  }
)
