import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCommunityGroupWorkflow } from "../../../../../../workflows/community/update-group"
import { communityOf } from "../../../../../store/community/read"
import { presentAdminGroups } from "../../present"
import type { AdminArchiveGroupType } from "../../validators"

/** Staff archive a group: it takes no new members or discussions and leaves the storefront's list; members keep reading it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminArchiveGroupType>, res: MedusaResponse) {
  const { result } = await updateCommunityGroupWorkflow(req.scope).run({
    input: { id: req.params.id, archived: true, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  const [group] = await presentAdminGroups(communityOf(req.scope), [result.group])
  res.json({ group })
}
