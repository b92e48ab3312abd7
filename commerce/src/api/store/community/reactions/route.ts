import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reactToCommunityPostWorkflow } from "../../../../workflows/community/react"
import type { StoreReactType } from "../validators"

/** Sets the member's one reaction to a post (kind null removes it). */
export async function POST(req: AuthenticatedMedusaRequest<StoreReactType>, res: MedusaResponse) {
  const { result } = await reactToCommunityPostWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.json({ reaction: result && { id: result.id, kind: result.kind, target_type: result.target_type, target_id: result.target_id } })
}
