import { env } from "../env"
import { openInboxLink, sealInboxLink } from "./inbox-link"

/**
 * An account without a password (made by Google sign-in) confirms its
 * deletion by a link emailed to its address. The token is signed with
 * EMAIL_VERIFICATION_SECRET, the secret of the other link that proves the
 * reader holds the account's inbox; its type (`t: "delete"`) keeps a
 * verification token from standing in for it, and the other way round.
 */

/** How long the link in the deletion email works. */
export const ACCOUNT_DELETION_TTL_SECONDS = 30 * 60

/** The token of a deletion link: this customer, at this email, asked to delete the account, until `e`. */
export function createAccountDeletionToken(customerId: string, email: string, now = Date.now(), secret = env.EMAIL_VERIFICATION_SECRET): string {
  return sealInboxLink("delete", customerId, email, ACCOUNT_DELETION_TTL_SECONDS, now, secret)
}

/** The customer and email a deletion token was signed for: 403 when forged or malformed, 410 once expired. */
export function readAccountDeletionToken(token: string, now = Date.now(), secret = env.EMAIL_VERIFICATION_SECRET): { customerId: string; email: string } {
  return openInboxLink("delete", "account deletion", token, now, secret)
}

/** The storefront page a deletion link opens, which asks once more before deleting (country-less: the storefront adds the shopper's country). */
export const accountDeletionUrl = (token: string) => `${env.STOREFRONT_PUBLIC_URL}/account/delete/confirm?token=${encodeURIComponent(token)}`
