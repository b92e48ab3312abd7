import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { accountDeletionUrl, createAccountDeletionToken } from "../../lib/account/deletion-link"

export const sendAccountDeletionEmailWorkflowId = "send-account-deletion-email"
export const CUSTOMER_DELETE_ACCOUNT_TEMPLATE = "customer-delete-account"

type Account = { id: string; email?: string | null; first_name?: string | null; has_account?: boolean | null }

/**
 * Emails an account holder a signed link (30 minutes) that confirms deleting
 * their account, for an account without a password. `reason` keys the
 * notification (each ask its own, as the rate limit allows).
 */
export const sendAccountDeletionEmailWorkflow = createWorkflow(
  sendAccountDeletionEmailWorkflowId,
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
      const token = createAccountDeletionToken(c.id, c.email)
      return [
        {
          to: c.email,
          channel: "email",
          template: CUSTOMER_DELETE_ACCOUNT_TEMPLATE,
          idempotency_key: `customer-delete-account:${c.id}:${input.reason}`,
          resource_id: c.id,
          resource_type: "customer",
          data: { first_name: c.first_name ?? null, email: c.email, delete_url: accountDeletionUrl(token) },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
