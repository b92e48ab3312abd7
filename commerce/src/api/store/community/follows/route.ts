import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { followCommunityTargetWorkflow, unfollowCommunityTargetWorkflow } from "../../../../workflows/community/follow"
import { communityOf, viewerOf } from "../read"
import type { StoreFollowType, StoreListFollowsType } from "../validators"

/** Answered at most: the storefront asks about one target, or shows a short list. */
const MAX_LISTED = 200

/** What the signed-in reader follows (newest first), or only `target_type`/`target_id`: empty when they follow nothing. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListFollowsType>, res: MedusaResponse) {
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  const { target_type, target_id } = req.validatedQuery
  const follows = viewer
    ? await communityOf(req.scope).listCommunityFollows(
        { follower_id: viewer.id, ...(target_type ? { target_type } : {}), ...(target_id ? { target_id } : {}) },
        { order: { created_at: "DESC", id: "DESC" }, take: MAX_LISTED }
      )
    : []
  res.json({ follows: follows.map((f) => ({ target_type: f.target_type, target_id: f.target_id, created_at: f.created_at })) })
}

/** Follows a member or a discussion: 201 the first time, 200 after (racing requests make one follow). */
export async function POST(req: AuthenticatedMedusaRequest<StoreFollowType>, res: MedusaResponse) {
  const { result } = await followCommunityTargetWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.status(result.created ? 201 : 200).json({ follow: { ...req.validatedBody, following: true }, created: result.created })
}

/** Stops following (200 whether or not they did). */
export async function DELETE(req: AuthenticatedMedusaRequest<StoreFollowType>, res: MedusaResponse) {
  const { result } = await unfollowCommunityTargetWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.json({ follow: { ...req.validatedBody, following: false }, removed: result.removed })
}
