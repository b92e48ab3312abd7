import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveCommunityCategoryWorkflow } from "../../../../../../workflows/community/move-category"
import { communityOf } from "../../../../../store/community/read"
import type { AdminMoveCategoryType } from "../../../validators"
import { presentAdminCategory } from "../../present"

/** Staff move a category to a place in the order (0 = first); answers the new order of the categories in use. */
export async function POST(req: AuthenticatedMedusaRequest<AdminMoveCategoryType>, res: MedusaResponse) {
  const { result } = await moveCommunityCategoryWorkflow(req.scope).run({
    input: { id: req.params.id, position: req.validatedBody.position, actor_id: req.auth_context.actor_id },
  })
  const community = communityOf(req.scope)
  const [categories, counts] = await Promise.all([
    community.listCommunityCategories({ archived_at: null }, { order: { rank: "ASC", name: "ASC" }, take: null }),
    community.discussionCountsByCategory(),
  ])
  res.json({ moved: { id: req.params.id, from: result.from, to: result.to }, categories: categories.map((c) => presentAdminCategory(c, counts)) })
}
