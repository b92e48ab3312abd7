import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEmailVerificationToken, emailVerificationUrl } from "../../lib/account/email-verification"

export const sendEmailVerificationEmailWorkflowId = "send-email-verification-email"
export const CUSTOMER_VERIFY_EMAIL_TEMPLATE = "customer-verify-email"

type Account = { id: string; email?: string | null; first_name?: string | null; has_account?: boolean | null }

/**
 * Emails an account holder a signed link (48 hours) proving they own their
 * current email; a guest's customer record gets nothing. `reason` keys the
 * notification: "created" and "changed:<email>" are sent once, a resend
 * (keyed by its instant) each time the limit allows.
 */
export const sendEmailVerificationEmailWorkflow = createWorkflow(
  sendEmailVerificationEmailWorkflowId,
  (input: { customer_id: string; reason: string }) => {
    const { data: customer } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name", "has_account"],
      filters: { id: input.customer_id },
      options: { isList: false, throwIfKeyNotFound: true },
    })
    const notifications = transform({ customer, input }, ({ customer, input }) => {
      const c = customer as unknown as Account
      if (!c.has_account || !c.email) return []
      const token = createEmailVerificationToken(c.id, c.email)
      return [
        {
          to: c.email,
          channel: "email",
          template: CUSTOMER_VERIFY_EMAIL_TEMPLATE,
          idempotency_key: `customer-verify-email:${c.id}:${input.reason}`,
          resource_id: c.id,
          resource_type: "customer",
          data: { first_name: c.first_name ?? null, email: c.email, verify_url: emailVerificationUrl(token) },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
