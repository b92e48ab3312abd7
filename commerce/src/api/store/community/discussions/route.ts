import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createCommunityDiscussionWorkflow } from "../../../../workflows/community/create-discussion"
import { communityOf, likePattern, presentDiscussion, reactionsFor, viewerOf, visibleTo, withAuthorBadges } from "../read"
import { idempotencyKeyOf, type StoreCreateDiscussionType, type StoreListDiscussionsType } from "../validators"

/** Discussions the viewer may see, pinned first, then newest or most recently active; by category; searched. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListDiscussionsType>, res: MedusaResponse) {
  const { category, q, sort, limit, offset } = req.validatedQuery
  const community = communityOf(req.scope)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const filters: Record<string, unknown> = { ...visibleTo(viewer) }
  if (category) {
    const [found] = await community.listCommunityCategories({ slug: category })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${category} was not found`)
    filters.category_id = found.id
  }
  if (q) filters.$or = [{ title: { $ilike: likePattern(q) } }, { body: { $ilike: likePattern(q) } }]
  const [rows, count] = await community.listAndCountCommunityDiscussions(filters, {
    relations: ["author", "category"],
    order: { pinned: "DESC", [sort === "newest" ? "created_at" : "last_activity_at"]: "DESC", id: "DESC" },
    take: limit,
    skip: offset,
  })
  const reactions = await reactionsFor(req.scope, "discussion", rows.map((d) => d.id), viewer)
  res.json({
    discussions: await withAuthorBadges(
      req.scope,
      rows.map((d) => ({ ...presentDiscussion(d as never, viewer, false), reactions: reactions.get(d.id) }))
    ),
    count,
    limit,
    offset,
  })
}

/** A member starts a discussion (rate limited; an Idempotency-Key or the same words soon after store it once). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateDiscussionType>, res: MedusaResponse) {
  const { result } = await createCommunityDiscussionWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, idempotency_key: idempotencyKeyOf(req.headers["idempotency-key"]) },
  })
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  const [discussion] = await communityOf(req.scope).listCommunityDiscussions({ id: result.id }, { relations: ["author", "category"] })
  res.status(result.created ? 201 : 200).json({ discussion: presentDiscussion(discussion as never, viewer), created: result.created })
}
