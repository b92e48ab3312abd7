import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCommunityPostWorkflow } from "../../../../../workflows/community/delete-post"
import { editCommunityPostWorkflow } from "../../../../../workflows/community/edit-post"
import { withGroups } from "../../groups/present"
import { communityOf, presentDiscussion, presentPost, reactionsFor, readDiscussion, viewerOf, visibleDiscussion, withAuthorBadges } from "../../read"
import type { StoreListRepliesType, StoreUpdateDiscussionType } from "../../validators"

/** A discussion with a page of its replies, oldest first; hidden ones only for moderators (of the community, or of its group). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListRepliesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const { discussion, moderate } = await readDiscussion(req.scope, req.params.id, viewer)
  const [replies, count] = await communityOf(req.scope).listAndCountCommunityReplies(
    { discussion_id: discussion.id, ...(moderate ? {} : { visibility: "visible" as const }) },
    { relations: ["author"], order: { created_at: "ASC", id: "ASC" }, take: limit, skip: offset }
  )
  const [discussionReactions, replyReactions] = await Promise.all([
    reactionsFor(req.scope, "discussion", [discussion.id], viewer),
    reactionsFor(req.scope, "reply", replies.map((r) => r.id), viewer),
  ])
  // The discussion and its replies get their authors' badges in one query.
  const [withBadges, ...repliesWithBadges] = await withAuthorBadges(req.scope, [
    { ...presentDiscussion(discussion as never, viewer), reactions: discussionReactions.get(discussion.id) },
    ...replies.map((r) => ({ ...presentPost(r as never, viewer), reactions: replyReactions.get(r.id) })),
  ])
  const [withGroup] = await withGroups(req.scope, [discussion], [withBadges])
  res.json({
    discussion: withGroup,
    replies: repliesWithBadges,
    count,
    limit,
    offset,
    viewer: viewer && { id: viewer.id, role: viewer.role, status: viewer.status, can_moderate: moderate && viewer.status === "active" },
  })
}

/** Its author changes the title or body. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateDiscussionType>, res: MedusaResponse) {
  await editCommunityPostWorkflow(req.scope).run({
    input: { ...req.validatedBody, target_type: "discussion", target_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  res.json({ discussion: presentDiscussion((await visibleDiscussion(req.scope, req.params.id, viewer)) as never, viewer) })
}

/** Its author deletes it, with its replies. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCommunityPostWorkflow(req.scope).run({
    input: { target_type: "discussion", target_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "community_discussion", deleted: true })
}
