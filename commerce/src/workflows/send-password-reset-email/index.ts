import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"

export const sendPasswordResetEmailWorkflowId = "send-password-reset-email"

export const PASSWORD_RESET_TEMPLATE = "customer-password-reset"

/** Emails a shopper the storefront link that sets a new password with a reset token. */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  sendPasswordResetEmailWorkflowId,
  (input: { email: string; token: string }) => {
    const notifications = transform({ input }, ({ input }) => {
      // The storefront sends a country-less path to the shopper's default country.
      const url = new URL("/account/reset-password", env.STOREFRONT_PUBLIC_URL)
      url.searchParams.set("token", input.token)
      url.searchParams.set("email", input.email)
      return [
        {
          to: input.email,
          channel: "email",
          template: PASSWORD_RESET_TEMPLATE,
          data: { email: input.email, reset_url: url.toString() },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
