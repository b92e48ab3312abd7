import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerForGoogleIdentity } from "../../../../../lib/account/google-sign-in"

/**
 * POST (with the token `/auth/customer/google/callback` answered): the
 * customer this Google sign-in belongs to, linked or created the first time
 * (lib/account/google-sign-in.ts says how). The caller then refreshes its
 * token (`/auth/token/refresh`) to get one carrying the customer.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const google = await customerForGoogleIdentity(req.scope, req.auth_context.auth_identity_id)
  // A Google sign-in proves the address Google verified (the email verification's state).
  if (google.verified) {
    // VERIFY-HOOK: markEmailVerified(scope, customerId, email)
  }
  res.json({ customer_id: google.customer_id, outcome: google.outcome })
}
