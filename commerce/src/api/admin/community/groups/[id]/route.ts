import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCommunityGroupWorkflow } from "../../../../../workflows/community/update-group"
import { groupOrNotFound } from "../../../../../workflows/community/steps/group-rules"
import { communityOf } from "../../../../store/community/read"
import { presentAdminGroups } from "../present"
import type { AdminUpdateGroupType } from "../validators"

const presented = async (req: AuthenticatedMedusaRequest<unknown>) => {
  const community = communityOf(req.scope)
  return (await presentAdminGroups(community, [await groupOrNotFound(community, req.params.id)]))[0]
}

/** One group for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ group: await presented(req) })
}

/** Staff change a group's name, address, description, image or visibility; what changed is logged. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateGroupType>, res: MedusaResponse) {
  const { result } = await updateCommunityGroupWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ group: await presented(req), changes: result.changes })
}
