import { env } from "../env"
import { seal, SignedLinkError, unseal } from "../signed-links"

/** How long the link in an abandoned-cart reminder brings the cart back. */
export const CART_RECOVERY_TTL_SECONDS = 14 * 24 * 60 * 60
/** How long the unsubscribe link in a marketing email works (long: people unsubscribe from old emails). */
export const UNSUBSCRIBE_TTL_SECONDS = 365 * 24 * 60 * 60

/**
 * The token of an abandoned-cart reminder's link: it hands that one cart back
 * to any browser until it expires. Typed (`t: "cart"`), so no other signed
 * token (ebook, order, unsubscribe) can stand in for it.
 */
export function createCartRecoveryToken(cartId: string, now = Date.now(), secret = env.EBOOK_URL_SECRET): string {
  return seal({ t: "cart", c: cartId, e: Math.floor(now / 1000) + CART_RECOVERY_TTL_SECONDS }, secret)
}

/** The cart id a recovery token was signed for: 403 when forged or malformed, 410 once expired. */
export function verifyCartRecoveryToken(token: string, now = Date.now(), secret = env.EBOOK_URL_SECRET): string {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== "cart" || typeof claim.c !== "string" || typeof claim.e !== "number") {
    throw new SignedLinkError(403, "This cart link is not valid")
  }
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, "This cart link has expired")
  return claim.c
}

/** The token of a marketing email's unsubscribe link: opts that address out of marketing email. */
export function createUnsubscribeToken(email: string, now = Date.now(), secret = env.EBOOK_URL_SECRET): string {
  return seal({ t: "unsub", m: email.toLowerCase(), e: Math.floor(now / 1000) + UNSUBSCRIBE_TTL_SECONDS }, secret)
}

/** The address an unsubscribe token was signed for: 403 when forged or malformed, 410 once expired. */
export function verifyUnsubscribeToken(token: string, now = Date.now(), secret = env.EBOOK_URL_SECRET): string {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== "unsub" || typeof claim.m !== "string" || typeof claim.e !== "number") {
    throw new SignedLinkError(403, "This unsubscribe link is not valid")
  }
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, "This unsubscribe link has expired")
  return claim.m
}

/** The storefront route that sets the cart cookie and opens the cart (country-less: the storefront adds the shopper's). */
export const cartRecoveryUrl = (token: string, countryCode?: string | null) =>
  `${env.STOREFRONT_PUBLIC_URL}${countryCode ? `/${encodeURIComponent(countryCode.toLowerCase())}` : ""}/cart/recover?token=${encodeURIComponent(token)}`

/** The storefront page that asks a reader to confirm unsubscribing from marketing email. */
export const unsubscribeUrl = (email: string, now = Date.now()) =>
  `${env.STOREFRONT_PUBLIC_URL}/email/unsubscribe?token=${encodeURIComponent(createUnsubscribeToken(email, now))}`

/**
 * The RFC 8058 one-click address of a marketing email: a mail client POSTs
 * `List-Unsubscribe=One-Click` to it, without the storefront or a publishable
 * key, so it is commerce's own `/marketing/unsubscribe`, outside `/store`.
 */
export const oneClickUnsubscribeUrl = (email: string, now = Date.now()) =>
  `${env.MEDUSA_PUBLIC_URL}/marketing/unsubscribe?token=${encodeURIComponent(createUnsubscribeToken(email, now))}`

/** The headers every marketing email (never a transactional one) carries, for the mail client's own unsubscribe button. */
export const marketingEmailHeaders = (email: string, now = Date.now()): Record<string, string> => ({
  "List-Unsubscribe": `<${oneClickUnsubscribeUrl(email, now)}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
})
