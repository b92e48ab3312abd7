import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markEmailVerified } from "../../../../../lib/account/email-verification"
import { customerForGoogleIdentity } from "../../../../../lib/account/google-sign-in"

/**
 * POST (with the token `/auth/customer/google/callback` answered): the
 * customer this Google sign-in belongs to, linked or created the first time
 * (lib/account/google-sign-in.ts says how). The caller then refreshes its
 * token (`/auth/token/refresh`) to get one carrying the customer.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const google = await customerForGoogleIdentity(req.scope, req.auth_context.auth_identity_id)
  // A Google sign-in proves the address Google verified: recorded as the email verification's state, which
  // counts only while that address is still the customer's own (a link to it earlier is then not needed).
  if (google.verified) await markEmailVerified(req.scope, google.customer_id, google.email)
  res.json({ customer_id: google.customer_id, outcome: google.outcome })
}
