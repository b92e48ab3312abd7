import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

export type ReactionKind = "like" | "insightful" | "thanks"

/** The member's one reaction to a visible post: set (or changed), or removed when `kind` is null. */
export const setReactionStep = createStep(
  "set-community-reaction",
  async (input: PostTarget & { member_id: string; kind: ReactionKind | null }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const filter = { id: input.target_id, visibility: "visible" as const }
    const [post] = input.target_type === "discussion" ? await community.listCommunityDiscussions(filter) : await community.listCommunityReplies(filter)
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.target_type} ${input.target_id} was not found`)
    const key = { member_id: input.member_id, target_type: input.target_type, target_id: input.target_id }
    const [before] = await community.listCommunityReactions(key)
    if (!input.kind) {
      if (before) await community.deleteCommunityReactions(before.id)
      return new StepResponse(null, { key, before: before?.kind ?? null })
    }
    const reaction = before
      ? await community.updateCommunityReactions({ id: before.id, kind: input.kind })
      : await community.createCommunityReactions({ ...key, kind: input.kind }).catch(async (error: Error) => {
          // A second tap raced the first: the database kept one; change its kind.
          const [raced] = await community.listCommunityReactions(key)
          if (!raced) throw error
          return community.updateCommunityReactions({ id: raced.id, kind: input.kind! })
        })
    return new StepResponse(reaction, { key, before: before?.kind ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [now] = await community.listCommunityReactions(undo.key)
    if (!undo.before && now) await community.deleteCommunityReactions(now.id)
    else if (undo.before && now) await community.updateCommunityReactions({ id: now.id, kind: undo.before })
    else if (undo.before) await community.createCommunityReactions({ ...undo.key, kind: undo.before })
  }
)
