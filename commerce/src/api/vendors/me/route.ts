import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentVendorMember } from "../current-member"
import { presentMember, presentVendorForMember } from "../present"

/** GET: the signed-in member and their vendor (whatever its status: a suspended vendor's members see why). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  res.json({ vendor: presentVendorForMember(member), member: presentMember(member) })
}
