import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { bodyFingerprint, renderMarkdown } from "../../../modules/community/lib/markdown"
import type CommunityModuleService from "../../../modules/community/service"

export type CreatePostInput = {
  author_id: string
  body: string
  /** A new discussion has a title and category; a reply names its discussion. */
  discussion?: { title: string; category_id: string; group_id?: string | null }
  reply_to?: string
  idempotency_key?: string
  dedupe_window_seconds: number
}

type StoredPost = { id: string; reply: boolean }
const NOTHING_TO_UNDO = null as StoredPost | null

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test((error as Error)?.message ?? "")

/**
 * Stores a discussion or reply once. Run under the author's lock: the same
 * Idempotency-Key, or the same words within the dedupe window, answers the
 * post already stored (and `created: false`), so a double submit is one post.
 */
export const createPostStep = createStep(
  "create-community-post",
  async (input: CreatePostInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const body_html = renderMarkdown(input.body)
    if (!body_html.replace(/<[^>]*>/g, "").trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "body has no text left once unsafe markup is removed")
    }
    const fingerprint = bodyFingerprint(input.discussion?.title ?? input.reply_to ?? "", input.body)
    const dedupe_key = input.idempotency_key ? `key:${input.idempotency_key}` : `body:${fingerprint}:${Date.now()}`
    const since = new Date(Date.now() - input.dedupe_window_seconds * 1000)
    const list = input.discussion
      ? (filters: object) => community.listCommunityDiscussions(filters, { take: 1 })
      : (filters: object) => community.listCommunityReplies(filters, { take: 1 })
    const find = async () => {
      if (input.idempotency_key) return (await list({ author_id: input.author_id, dedupe_key }))[0]
      return (await list({ author_id: input.author_id, dedupe_key: { $like: `body:${fingerprint}:%` }, created_at: { $gte: since } }))[0]
    }
    const existing = await find()
    if (existing) return new StepResponse({ id: existing.id, created: false }, NOTHING_TO_UNDO)

    const now = new Date()
    const create = input.discussion
      ? () =>
          community.createCommunityDiscussions({
            ...input.discussion!,
            author_id: input.author_id,
            body: input.body,
            body_html,
            dedupe_key,
            last_activity_at: now,
          })
      : () => community.createCommunityReplies({ discussion_id: input.reply_to!, author_id: input.author_id, body: input.body, body_html, dedupe_key })
    try {
      const post = await create()
      return new StepResponse({ id: post.id, created: true }, { id: post.id, reply: !input.discussion } as StoredPost | null)
    } catch (error) {
      // Another server stored the same Idempotency-Key first: answer that post.
      const raced = isUniqueViolation(error) ? await find() : undefined
      if (!raced) throw error
      return new StepResponse({ id: raced.id, created: false }, NOTHING_TO_UNDO)
    }
  },
  async (created, { container }) => {
    if (!created) return
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await (created.reply ? community.deleteCommunityReplies(created.id) : community.deleteCommunityDiscussions(created.id))
  }
)
