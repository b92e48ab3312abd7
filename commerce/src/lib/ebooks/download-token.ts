import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a download link works after the library hands it out. */
export const DOWNLOAD_LINK_TTL_SECONDS = 5 * 60

export type EbookDownloadClaim = {
  /** The order line item the link was issued for. */
  itemId: string
  /** The private file's key in the file module. */
  fileKey: string
  /** Unix time (seconds) after which the link is refused. */
  expiresAt: number
}

/** Why a link was refused: 403 for anything forged or malformed, 410 once it has expired. */
export class EbookDownloadLinkError extends Error {
  constructor(
    readonly status: 403 | 410,
    message: string
  ) {
    super(message)
  }
}

const SIGNATURE_BYTES = 32

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest()

/**
 * A compact token: base64url(JSON claim) "." base64url(HMAC-SHA256 of that
 * text). The claim is readable but cannot be changed without the secret.
 */
export function createEbookDownloadToken(claim: EbookDownloadClaim, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ i: claim.itemId, k: claim.fileKey, e: claim.expiresAt })).toString("base64url")
  return `${payload}.${sign(payload, secret).toString("base64url")}`
}

/** The claim of a token signed with `secret`; throws EbookDownloadLinkError otherwise. */
export function verifyEbookDownloadToken(token: string, secret: string, now = Date.now()): EbookDownloadClaim {
  const forged = () => new EbookDownloadLinkError(403, "This download link is not valid")
  const [payload, signature, ...rest] = token.split(".")
  if (!payload || !signature || rest.length) throw forged()
  const given = Buffer.from(signature, "base64url")
  // Compared in constant time, so the signature cannot be found byte by byte.
  if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, sign(payload, secret))) throw forged()

  let claim: { i?: unknown; k?: unknown; e?: unknown }
  try {
    claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    throw forged()
  }
  if (typeof claim.i !== "string" || typeof claim.k !== "string" || typeof claim.e !== "number") throw forged()
  if (claim.e * 1000 <= now) {
    throw new EbookDownloadLinkError(410, "This download link has expired: open your library to get a new one")
  }
  return { itemId: claim.i, fileKey: claim.k, expiresAt: claim.e }
}
