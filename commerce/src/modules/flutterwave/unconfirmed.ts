/**
 * Flutterwave tx_refs whose payment this process could not confirm lately
 * (Flutterwave timed out, failed or was unreachable while a cart was
 * completing). Completion then fails and is compensated; the compensation
 * that refunds a paid Flutterwave payment behind a cart that could not become
 * an order must not refund these: the cart was fine, and the webhook or the
 * shopper's retry places the order. Both run in the process that completed the cart.
 */
const REMEMBERED_MS = 10 * 60_000
const unconfirmed = new Map<string, number>()

export function noteUnconfirmed(txRef: string, now = Date.now()): void {
  for (const [known, until] of unconfirmed) if (until < now) unconfirmed.delete(known)
  unconfirmed.set(txRef, now + REMEMBERED_MS)
}

export function wasUnconfirmedLately(txRef: string, now = Date.now()): boolean {
  return (unconfirmed.get(txRef) ?? 0) >= now
}
