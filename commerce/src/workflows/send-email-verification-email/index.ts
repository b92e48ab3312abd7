import { createEmailVerificationToken, emailVerificationUrl } from "../../lib/account/email-verification"
import { defineAccountLinkEmailWorkflow } from "../account-link-email"

export const sendEmailVerificationEmailWorkflowId = "send-email-verification-email"
export const CUSTOMER_VERIFY_EMAIL_TEMPLATE = "customer-verify-email"

/**
 * Emails an account holder a signed link (48 hours) proving they own their
 * current email; a guest's customer record gets nothing. `reason` keys the
 * notification: "created" and "changed:<email>" are sent once, a resend
 * (keyed by its instant) each time the limit allows.
 */
export const sendEmailVerificationEmailWorkflow = defineAccountLinkEmailWorkflow({
  id: sendEmailVerificationEmailWorkflowId,
  template: CUSTOMER_VERIFY_EMAIL_TEMPLATE,
  link: (c) => ({ verify_url: emailVerificationUrl(createEmailVerificationToken(c.id, c.email)) }),
})
