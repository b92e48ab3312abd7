import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideAndRespond } from "../../decide"
import type { AdminVendorReasonType } from "../../validators"

/** POST { reason }: rejects a pending application; the reason is emailed and logged with the staff user. */
export const POST = (req: AuthenticatedMedusaRequest<Partial<AdminVendorReasonType>>, res: MedusaResponse) => decideAndRespond(req, res, "reject")
