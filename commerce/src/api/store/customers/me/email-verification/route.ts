import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailVerificationState } from "../../../../../lib/account/email-verification"
import { sendEmailVerificationEmailWorkflow } from "../../../../../workflows/send-email-verification-email"

/** GET: the signed-in customer's email and whether it is verified: `{ email_verification: { email, verified, verified_at } }`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ email_verification: await emailVerificationState(req.scope, req.auth_context.actor_id) })
}

/** POST: emails a new verification link (rate limited); 409 when the email is verified already. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const state = await emailVerificationState(req.scope, customerId)
  if (state.verified) {
    return res.status(409).json({ type: "conflict", code: "email_already_verified", message: `${state.email} is already verified` })
  }
  await sendEmailVerificationEmailWorkflow(req.scope).run({ input: { customer_id: customerId, reason: `resend:${Date.now()}` } })
  res.status(202).json({ email_verification: state, sent: true })
}
