import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommunityGroupWorkflow } from "../../../../workflows/community/create-group"
import { communityOf } from "../../../store/community/read"
import { presentAdminGroups } from "./present"
import type { AdminCreateGroupType } from "./validators"

/** Every group for staff, those in use first, by name, with member and pending-request counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const groups = await community.listCommunityGroups({}, { order: { name: "ASC" }, take: null })
  const ordered = [...groups.filter((g) => !g.archived_at), ...groups.filter((g) => g.archived_at)]
  res.json({ groups: await presentAdminGroups(community, ordered) })
}

/** Staff create a group (public, or private: by request or invitation); the description is sanitised and the log records it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateGroupType>, res: MedusaResponse) {
  const { result } = await createCommunityGroupWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  const [group] = await presentAdminGroups(communityOf(req.scope), [result])
  res.status(201).json({ group })
}
