import { env } from "../env"
import { seal, SignedLinkError, unseal } from "../signed-links"

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
  const expiresAt = Math.floor(now / 1000) + ACCOUNT_DELETION_TTL_SECONDS
  return seal({ t: "delete", c: customerId, m: email.trim().toLowerCase(), e: expiresAt }, secret)
}

/** The customer and email a deletion token was signed for: 403 when forged or malformed, 410 once expired. */
export function readAccountDeletionToken(token: string, now = Date.now(), secret = env.EMAIL_VERIFICATION_SECRET): { customerId: string; email: string } {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== "delete" || typeof claim.c !== "string" || typeof claim.m !== "string" || typeof claim.e !== "number") {
    throw new SignedLinkError(403, "This account deletion link is not valid")
  }
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, "This account deletion link has expired")
  return { customerId: claim.c, email: claim.m }
}

/** The storefront page a deletion link opens, which asks once more before deleting (country-less: the storefront adds the shopper's country). */
export const accountDeletionUrl = (token: string) => `${env.STOREFRONT_PUBLIC_URL}/account/delete/confirm?token=${encodeURIComponent(token)}`
