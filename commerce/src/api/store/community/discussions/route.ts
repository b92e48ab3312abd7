import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { groupAccessOf, inGroups, readableGroupIds } from "../../../../modules/community/lib/group-access"
import { createCommunityDiscussionWorkflow } from "../../../../workflows/community/create-discussion"
import { groupByIdOrSlug, withGroups } from "../groups/present"
import { communityOf, likePattern, presentDiscussion, reactionsFor, viewerOf, visibleTo, withAuthorBadges } from "../read"
import { idempotencyKeyOf, type StoreCreateDiscussionType, type StoreListDiscussionsType } from "../validators"

/**
 * Discussions the viewer may see, pinned first, then newest or most recently
 * active; by category or group; searched. A private group's discussions are
 * its members' only; its moderators also see its hidden ones.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListDiscussionsType>, res: MedusaResponse) {
  const { category, group, q, sort, limit, offset } = req.validatedQuery
  const community = communityOf(req.scope)
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const and: Record<string, unknown>[] = []
  const filters: Record<string, unknown> = { $and: and }
  if (category) {
    const [found] = await community.listCommunityCategories({ slug: category })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${category} was not found`)
    filters.category_id = found.id
  }
  if (group) {
    const found = await groupByIdOrSlug(community, group)
    const access = await groupAccessOf(community, found.id, viewer?.id ?? null)
    if (!access.read) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Group ${group} was not found`)
    filters.group_id = found.id
    if (!(access.moderate && viewer?.status === "active")) Object.assign(filters, visibleTo(viewer))
  } else {
    Object.assign(filters, visibleTo(viewer))
    and.push(inGroups(await readableGroupIds(community, viewer?.id ?? null)))
  }
  if (q) and.push({ $or: [{ title: { $ilike: likePattern(q) } }, { body: { $ilike: likePattern(q) } }] })
  if (!and.length) delete filters.$and
  const [rows, count] = await community.listAndCountCommunityDiscussions(filters, {
    relations: ["author", "category"],
    order: { pinned: "DESC", [sort === "newest" ? "created_at" : "last_activity_at"]: "DESC", id: "DESC" },
    take: limit,
    skip: offset,
  })
  const reactions = await reactionsFor(req.scope, "discussion", rows.map((d) => d.id), viewer)
  const presented = rows.map((d) => ({ ...presentDiscussion(d as never, viewer, false), reactions: reactions.get(d.id) }))
  res.json({
    discussions: await withAuthorBadges(req.scope, await withGroups(req.scope, rows, presented)),
    count,
    limit,
    offset,
  })
}

/** A member starts a discussion, in a group they are in if they choose one (rate limited; an Idempotency-Key or the same words soon after store it once). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateDiscussionType>, res: MedusaResponse) {
  const { result } = await createCommunityDiscussionWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, idempotency_key: idempotencyKeyOf(req.headers["idempotency-key"]) },
  })
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  const [discussion] = await communityOf(req.scope).listCommunityDiscussions({ id: result.id }, { relations: ["author", "category"] })
  const [presented] = await withGroups(req.scope, [discussion], [presentDiscussion(discussion as never, viewer)])
  res.status(result.created ? 201 : 200).json({ discussion: presented, created: result.created })
}
