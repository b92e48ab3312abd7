import { seal, SignedLinkError, unseal } from "../signed-links"

/**
 * A link emailed to an account's address that proves the reader holds that
 * inbox (email verification, account deletion without a password): this
 * customer, at this email, until `e`. Typed (`t`), so a token of one kind
 * never stands in for another.
 */
export function sealInboxLink(type: string, customerId: string, email: string, ttlSeconds: number, now: number, secret: string): string {
  return seal({ t: type, c: customerId, m: email.trim().toLowerCase(), e: Math.floor(now / 1000) + ttlSeconds }, secret)
}

/** The customer and email an inbox link of `type` was signed for: 403 "This <what> link is not valid" when forged or malformed, 410 once expired. */
export function openInboxLink(type: string, what: string, token: string, now: number, secret: string): { customerId: string; email: string } {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== type || typeof claim.c !== "string" || typeof claim.m !== "string" || typeof claim.e !== "number") {
    throw new SignedLinkError(403, `This ${what} link is not valid`)
  }
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, `This ${what} link has expired`)
  return { customerId: claim.c, email: claim.m }
}
