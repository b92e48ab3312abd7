import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideAndRespond } from "../../decide"
import type { AdminVendorReasonType } from "../../validators"

/** POST {}: approves a pending or suspended vendor (a first approval makes its Paystack subaccount and invites the owner); approving an approved vendor changes nothing. */
export const POST = (req: AuthenticatedMedusaRequest<Partial<AdminVendorReasonType>>, res: MedusaResponse) => decideAndRespond(req, res, "approve")
