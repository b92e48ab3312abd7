import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentVendorMember } from "./current-member"

/** The signed-in member of a vendor that may sell now: approved and not suspended (403 otherwise, saying why). */
export async function currentSellingVendor(req: AuthenticatedMedusaRequest) {
  const member = await currentVendorMember(req)
  if (member.vendor.status !== "approved") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your vendor account is ${member.vendor.status}: only an approved vendor can list or change products`)
  }
  return member
}
