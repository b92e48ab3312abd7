import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCommunityCategoryWorkflow } from "../../../../../workflows/community/update-category"
import { communityOf } from "../../../../store/community/read"
import type { AdminUpdateCategoryType } from "../../validators"
import { presentAdminCategory } from "../present"

const withCount = async (req: AuthenticatedMedusaRequest<unknown>, id: string) => {
  const community = communityOf(req.scope)
  const [[category], counts] = await Promise.all([community.listCommunityCategories({ id }), community.discussionCountsByCategory()])
  if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${id} was not found`)
  return presentAdminCategory(category, counts)
}

/** One category for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ category: await withCount(req, req.params.id) })
}

/** Staff rename, re-address or re-describe a category; what changed is logged. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCategoryType>, res: MedusaResponse) {
  const { result } = await updateCommunityCategoryWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ category: await withCount(req, req.params.id), changes: result.changes })
}
