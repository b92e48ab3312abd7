import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductRequest } from "../../decide"
import type { AdminRejectProductRequestType } from "../../validators"

/** POST { reason }: rejects a pending request (the product stays a draft, or keeps its prices); rejecting it again changes nothing. */
export const POST = (req: AuthenticatedMedusaRequest<AdminRejectProductRequestType>, res: MedusaResponse) => decideProductRequest(req, res, "reject")
