import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export const MODERATION_ACTIONS = ["hide", "restore", "lock", "unlock", "pin", "unpin", "suspend", "reinstate", "promote", "demote", "dismiss"] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]
export type ModerationTarget = { target_type: "discussion" | "reply" | "member"; target_id: string }

// What each action sets, and on which kind of target it makes sense.
const EFFECTS: Record<ModerationAction, { on: ModerationTarget["target_type"][]; set: Record<string, unknown> }> = {
  hide: { on: ["discussion", "reply"], set: { visibility: "hidden" } },
  restore: { on: ["discussion", "reply"], set: { visibility: "visible" } },
  lock: { on: ["discussion"], set: { locked: true } },
  unlock: { on: ["discussion"], set: { locked: false } },
  pin: { on: ["discussion"], set: { pinned: true } },
  unpin: { on: ["discussion"], set: { pinned: false } },
  suspend: { on: ["member"], set: { status: "suspended" } },
  reinstate: { on: ["member"], set: { status: "active" } },
  promote: { on: ["member"], set: { role: "moderator" } },
  demote: { on: ["member"], set: { role: "member" } },
  dismiss: { on: ["discussion", "reply"], set: {} },
}

type Row = Record<string, unknown> & { id: string }

async function read(community: CommunityModuleService, target: ModerationTarget): Promise<Row | undefined> {
  const filter = { id: target.target_id }
  if (target.target_type === "discussion") return (await community.listCommunityDiscussions(filter))[0] as Row | undefined
  if (target.target_type === "reply") return (await community.listCommunityReplies(filter))[0] as Row | undefined
  return (await community.listCommunityMembers(filter))[0] as Row | undefined
}

async function write(community: CommunityModuleService, target: ModerationTarget, set: Record<string, unknown>) {
  if (!Object.keys(set).length) return
  const data = { id: target.target_id, ...set }
  if (target.target_type === "discussion") await community.updateCommunityDiscussions(data)
  else if (target.target_type === "reply") await community.updateCommunityReplies(data)
  else await community.updateCommunityMembers(data)
}

/** Hiding or restoring a reply moves its discussion's visible-reply count. */
async function recount(community: CommunityModuleService, target: ModerationTarget, before: Row, set: Record<string, unknown>) {
  if (target.target_type !== "reply" || !("visibility" in set) || set.visibility === before.visibility) return
  await community.adjustReplyCount(before.discussion_id as string, set.visibility === "hidden" ? -1 : 1)
}

/**
 * A member action that would change nothing is refused (so the log never says
 * it happened twice), and a suspended member cannot be made a moderator.
 */
function checkMemberAction(action: ModerationAction, member: Row) {
  const name = member.display_name as string
  const already: Partial<Record<ModerationAction, string | false>> = {
    suspend: member.status === "suspended" && `${name} is already suspended`,
    reinstate: member.status === "active" && `${name} is not suspended`,
    promote: member.role === "moderator" && `${name} is already a moderator`,
    demote: member.role === "member" && `${name} is not a moderator`,
  }
  if (already[action]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, already[action] as string)
  if (action === "promote" && member.status === "suspended") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} is suspended: restore them before making them a moderator`)
  }
}

/** Applies one moderation action to a post or member; compensation puts back what it changed. */
export const applyModerationStep = createStep(
  "apply-community-moderation",
  async (input: ModerationTarget & { action: ModerationAction }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const effect = EFFECTS[input.action]
    if (!effect.on.includes(input.target_type)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${input.action}" applies to ${effect.on.join(" or ")}, not ${input.target_type}`)
    }
    const before = await read(community, input)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.target_type} ${input.target_id} was not found`)
    if (input.target_type === "member") checkMemberAction(input.action, before)
    await write(community, input, effect.set)
    await recount(community, input, before, effect.set)
    const previous = Object.fromEntries(Object.keys(effect.set).map((k) => [k, before[k]]))
    return new StepResponse({ ...input, previous }, { target: input as ModerationTarget, before, set: effect.set, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await write(community, undo.target, undo.previous)
    await recount(community, undo.target, { ...undo.before, ...undo.set } as Row, undo.previous)
  }
)
