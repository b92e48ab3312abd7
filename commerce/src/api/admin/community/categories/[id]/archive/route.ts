import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveCommunityCategoryWorkflow } from "../../../../../../workflows/community/archive-category"
import type { AdminArchiveCategoryType } from "../../../validators"
import { presentAdminCategory } from "../../present"

/** Staff archive a category: it takes no new discussions and leaves the storefront's lists; its discussions stay readable. */
export async function POST(req: AuthenticatedMedusaRequest<AdminArchiveCategoryType>, res: MedusaResponse) {
  const { result } = await archiveCommunityCategoryWorkflow(req.scope).run({
    input: { id: req.params.id, archived: true, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ category: presentAdminCategory(result, new Map()) })
}
