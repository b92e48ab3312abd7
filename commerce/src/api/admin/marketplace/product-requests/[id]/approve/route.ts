import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductRequest } from "../../decide"

/** POST {}: approves a pending request (a new product goes public, a price change applies); approving it again changes nothing. */
export const POST = (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => decideProductRequest(req, res, "approve")
