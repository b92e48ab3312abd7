import type { MedusaContainer } from "@medusajs/framework/types"
import { inGroups, readableGroupIds } from "../../../../modules/community/lib/group-access"
import { communityOf, presentDiscussion, presentPost, visibleTo, type Viewer } from "../read"

/** A member's latest visible discussions and replies (each reply with its discussion's title). */
export async function memberActivity(scope: MedusaContainer, memberId: string, viewer: Viewer, take = 20) {
  const community = communityOf(scope)
  // Posts in a private group the viewer is not in are left out.
  const groups = inGroups(await readableGroupIds(community, viewer?.id ?? null))
  const [discussions, replies] = await Promise.all([
    community.listCommunityDiscussions(
      { author_id: memberId, ...visibleTo(viewer), ...groups },
      { relations: ["author", "category"], order: { created_at: "DESC" }, take }
    ),
    community.listCommunityReplies(
      { author_id: memberId, ...visibleTo(viewer), discussion: { ...visibleTo(viewer), ...groups } },
      { relations: ["author", "discussion", "discussion.category"], order: { created_at: "DESC" }, take }
    ),
  ])
  return {
    discussions: discussions.map((d) => presentDiscussion(d as never, viewer, false)),
    replies: replies.map((r) => ({
      ...presentPost(r as never, viewer),
      discussion: {
        id: r.discussion.id,
        title: r.discussion.title,
        category: { slug: (r.discussion as unknown as { category?: { slug: string } }).category?.slug ?? null },
      },
    })),
  }
}
