import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Paystack signs each webhook with `x-paystack-signature`: the hex
 * HMAC-SHA512 of the raw body keyed with the secret key. Compared in
 * constant time so the signature cannot be guessed byte by byte.
 */
export function isPaystackSignatureValid(rawBody: string | Buffer, signature: unknown, secretKey: string): boolean {
  if (typeof signature !== "string" || !/^[0-9a-f]{128}$/i.test(signature)) return false
  const expected = createHmac("sha512", secretKey).update(rawBody).digest()
  return timingSafeEqual(expected, Buffer.from(signature, "hex"))
}

/** Paystack echoes metadata as sent: an object, or a JSON string from older clients. */
export function metadataSessionId(metadata: unknown): string | null {
  let value = metadata
  if (typeof value === "string") {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  const sessionId = (value as { session_id?: unknown } | null)?.session_id
  return typeof sessionId === "string" && sessionId.startsWith("payses_") ? sessionId : null
}
