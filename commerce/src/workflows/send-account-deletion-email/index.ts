import { accountDeletionUrl, createAccountDeletionToken } from "../../lib/account/deletion-link"
import { defineAccountLinkEmailWorkflow } from "../account-link-email"

export const sendAccountDeletionEmailWorkflowId = "send-account-deletion-email"
export const CUSTOMER_DELETE_ACCOUNT_TEMPLATE = "customer-delete-account"

/**
 * Emails an account holder a signed link (30 minutes) that confirms deleting
 * their account, for an account without a password. `reason` keys the
 * notification (each ask its own, as the rate limit allows).
 */
export const sendAccountDeletionEmailWorkflow = defineAccountLinkEmailWorkflow({
  id: sendAccountDeletionEmailWorkflowId,
  template: CUSTOMER_DELETE_ACCOUNT_TEMPLATE,
  link: (c) => ({ delete_url: accountDeletionUrl(createAccountDeletionToken(c.id, c.email)) }),
})
