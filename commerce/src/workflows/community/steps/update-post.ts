import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { renderMarkdown } from "../../../modules/community/lib/markdown"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

/** Rewrites a post's text (and a discussion's title), keeping the old text for compensation. */
export const updatePostStep = createStep(
  "update-community-post",
  async (input: PostTarget & { body?: string; title?: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const change: Record<string, string> = {}
    if (input.body !== undefined) {
      change.body = input.body
      change.body_html = renderMarkdown(input.body)
      if (!change.body_html.replace(/<[^>]*>/g, "").trim()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "body has no text left once unsafe markup is removed")
      }
    }
    if (input.title !== undefined && input.target_type === "discussion") change.title = input.title
    if (input.target_type === "discussion") {
      const before = await community.retrieveCommunityDiscussion(input.target_id)
      await community.updateCommunityDiscussions({ id: input.target_id, ...change })
      return new StepResponse(undefined, { ...input, before: { title: before.title, body: before.body, body_html: before.body_html } })
    }
    const before = await community.retrieveCommunityReply(input.target_id)
    await community.updateCommunityReplies({ id: input.target_id, ...change })
    return new StepResponse(undefined, { ...input, before: { body: before.body, body_html: before.body_html } })
  },
  async (undo, { container }) => {
    if (!undo) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    if (undo.target_type === "discussion") await community.updateCommunityDiscussions({ id: undo.target_id, ...undo.before })
    else await community.updateCommunityReplies({ id: undo.target_id, ...undo.before })
  }
)
