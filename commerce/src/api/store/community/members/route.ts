import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { joinCommunityWorkflow } from "../../../../workflows/community/join-community"
import { presentMember } from "./present"
import type { StoreJoinCommunityType } from "../validators"

/** The signed-in customer joins: their member profile (once; a second join is 409). */
export async function POST(req: AuthenticatedMedusaRequest<StoreJoinCommunityType>, res: MedusaResponse) {
  const { result } = await joinCommunityWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ member: presentMember(result, true) })
}
