import { seal, SignedLinkError, unseal } from "../signed-links"

/** How long the order link in a guest's emails keeps working (like their ebook links). */
export const GUEST_ORDER_LINK_TTL_SECONDS = 30 * 24 * 60 * 60

const forged = () => new SignedLinkError(403, "This order link is not valid")

/**
 * The token of a guest's order link: it opens that one order's confirmation
 * page in any browser until it expires. Its claim is typed (`t: "order"`),
 * so no ebook token can stand in for it, nor it for one.
 */
export function createGuestOrderToken(claim: { orderId: string; expiresAt: number }, secret: string): string {
  return seal({ t: "order", o: claim.orderId, e: claim.expiresAt }, secret)
}

/**
 * Checks that `token` was signed with `secret` for `orderId` (403 otherwise,
 * another order's token included) and has not expired (410).
 */
export function verifyGuestOrderToken(token: string, orderId: string, secret: string, now = Date.now()): void {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== "order" || claim.o !== orderId || typeof claim.e !== "number") throw forged()
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, "This order link has expired")
}
