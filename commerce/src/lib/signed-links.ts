import { createHmac, timingSafeEqual } from "node:crypto"

/** Why a signed link was refused: 403 for anything forged or malformed, 410 once it has expired. */
export class SignedLinkError extends Error {
  constructor(
    readonly status: 403 | 410,
    message: string
  ) {
    super(message)
  }
}

const SIGNATURE_BYTES = 32

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest()

/** base64url(JSON claim) "." base64url(HMAC-SHA256 of that text): readable, but unchangeable without the secret. */
export function seal(claim: Record<string, unknown>, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url")
  return `${payload}.${sign(payload, secret).toString("base64url")}`
}

/** The claim inside a token sealed with `secret`, or null for anything forged or malformed. */
export function unseal(token: string, secret: string): Record<string, unknown> | null {
  const [payload, signature, ...rest] = token.split(".")
  if (!payload || !signature || rest.length) return null
  const given = Buffer.from(signature, "base64url")
  // Compared in constant time, so the signature cannot be found byte by byte.
  if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, sign(payload, secret))) return null
  try {
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return claim && typeof claim === "object" ? claim : null
  } catch {
    return null
  }
}
