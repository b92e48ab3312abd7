import { createHash, timingSafeEqual } from "node:crypto"

/**
 * Flutterwave sends the secret hash set on its dashboard, as it is, in the
 * `verif-hash` header of every webhook. Both sides are hashed first so the
 * comparison takes the same time whatever the header's length, and the hash
 * cannot be guessed byte by byte.
 */
export function isVerifHashValid(header: unknown, secretHash: string): boolean {
  if (typeof header !== "string" || !header || !secretHash) return false
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest()
  return timingSafeEqual(digest(header), digest(secretHash))
}

/** Our tx_ref is `<payment session id>-<8 hex>`: the session it pays for, or null for anyone else's. */
export function sessionIdOfTxRef(txRef: unknown): string | null {
  if (typeof txRef !== "string") return null
  const match = /^(payses_[A-Za-z0-9]+)-[0-9a-f]{8}$/.exec(txRef)
  return match ? match[1] : null
}
