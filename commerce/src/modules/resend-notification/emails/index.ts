import { render } from "@react-email/render"
import { DEFAULT_EMAIL_BRAND, withEmailBrand, type EmailBrand } from "./brand"
import type { EmailDefinition } from "./define-email"
import { abandonedCartEmail } from "./templates/abandoned-cart"
import { backInStockEmail } from "./templates/back-in-stock"
import { idleLearnerEmail } from "./templates/idle-learner"
import { eventReminderEmail } from "./templates/event-reminder"
import { communityReplyEmail } from "./templates/community-reply"
import { communityNotificationEmail } from "./templates/community-notification"
import { communityDigestEmail } from "./templates/community-digest"
import { courseCertificateIssuedEmail } from "./templates/course-certificate-issued"
import { courseEnrolledEmail } from "./templates/course-enrolled"
import { customerDeleteAccountEmail } from "./templates/customer-delete-account"
import { customerPasswordResetEmail } from "./templates/customer-password-reset"
import { customerVerifyEmail } from "./templates/customer-verify-email"
import { customerWelcomeEmail } from "./templates/customer-welcome"
import { lowStockEmail } from "./templates/low-stock"
import { marketplaceDisputeEmail } from "./templates/marketplace-dispute"
import { orderPlacedEmail } from "./templates/order-placed"
import { orderShippedEmail } from "./templates/order-shipped"
import { reconciliationReportEmail } from "./templates/reconciliation-report"
import { refundIssuedEmail } from "./templates/refund-issued"
import { vendorApplicationEmail } from "./templates/vendor-application"
import { vendorApplicationReceivedEmail } from "./templates/vendor-application-received"
import { vendorDecisionEmail } from "./templates/vendor-decision"
import { vendorMemberInviteEmail } from "./templates/vendor-member-invite"

/** Every email the shop sends, by the `template` name its notification carries. */
export const EMAIL_TEMPLATES: Record<string, EmailDefinition> = {
  "order-placed": orderPlacedEmail,
  "order-shipped": orderShippedEmail,
  "refund-issued": refundIssuedEmail,
  "customer-password-reset": customerPasswordResetEmail,
  "customer-welcome": customerWelcomeEmail,
  "customer-verify-email": customerVerifyEmail,
  "customer-delete-account": customerDeleteAccountEmail,
  "course-enrolled": courseEnrolledEmail,
  "course-certificate-issued": courseCertificateIssuedEmail,
  "community-reply": communityReplyEmail,
  "community-notification": communityNotificationEmail,
  "community-digest": communityDigestEmail,
  "low-stock": lowStockEmail,
  "reconciliation-report": reconciliationReportEmail,
  "abandoned-cart": abandonedCartEmail,
  "idle-learner": idleLearnerEmail,
  "back-in-stock": backInStockEmail,
  "event-reminder": eventReminderEmail,
  "vendor-application": vendorApplicationEmail,
  "vendor-application-received": vendorApplicationReceivedEmail,
  "vendor-decision": vendorDecisionEmail,
  "vendor-member-invite": vendorMemberInviteEmail,
  "marketplace-dispute": marketplaceDisputeEmail,
}

export type RenderedEmail = { subject: string; html: string; text: string }

/** Why an email cannot be rendered: an unknown template or data it does not accept. Sending again will not help. */
export class EmailTemplateError extends Error {}

export type { EmailBrand } from "./brand"
export { DEFAULT_EMAIL_BRAND, formatMoney } from "./brand"

/** The subject, HTML and plain-text parts of `template` filled with `data`, signed with `brand`. */
export async function renderEmail(template: string, data: unknown, brand: EmailBrand = DEFAULT_EMAIL_BRAND): Promise<RenderedEmail> {
  const definition = Object.prototype.hasOwnProperty.call(EMAIL_TEMPLATES, template) ? EMAIL_TEMPLATES[template] : undefined
  if (!definition) throw new EmailTemplateError(`No email template "${template}"`)
  const parsed = definition.schema.safeParse(data ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "data"}: ${i.message}`).join("; ")
    throw new EmailTemplateError(`The data of email "${template}" is not valid: ${problems}`)
  }
  return withEmailBrand(brand, async () => {
    const element = definition.Email(parsed.data)
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
    return { subject: definition.subject(parsed.data), html, text }
  })
}
