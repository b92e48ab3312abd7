import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideAndRespond } from "../../decide"
import type { AdminVendorReasonType } from "../../validators"

/** POST { reason }: suspends an approved vendor; the reason is emailed and logged with the staff user. */
export const POST = (req: AuthenticatedMedusaRequest<Partial<AdminVendorReasonType>>, res: MedusaResponse) => decideAndRespond(req, res, "suspend")
