import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportCommunityPostWorkflow } from "../../../../workflows/community/report"
import type { StoreReportType } from "../validators"

/** A member reports a post to the moderators. */
export async function POST(req: AuthenticatedMedusaRequest<StoreReportType>, res: MedusaResponse) {
  const { result } = await reportCommunityPostWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ report: { id: result.id, status: result.status, target_type: result.target_type, target_id: result.target_id } })
}
