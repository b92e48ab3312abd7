import { seal, SignedLinkError, unseal } from "../../signed-links"

/** How long an attachment link works after the lesson page asks for it. */
export const ATTACHMENT_LINK_TTL_SECONDS = 5 * 60

export type AttachmentDownloadClaim = {
  /** The attachment to serve. */
  attachmentId: string
  /** The learner's enrollment the link was issued for: it must still give access when the link is opened. */
  enrollmentId: string
  /** Unix time (seconds) after which the link is refused. */
  expiresAt: number
}

const forged = () => new SignedLinkError(403, "This download link is not valid")

/**
 * A token for GET /course-attachments/:token. Typed (`t: "latt"`), so neither
 * an ebook link nor a guest link (sealed with the same secret) can stand in for it.
 */
export function createAttachmentDownloadToken(claim: AttachmentDownloadClaim, secret: string): string {
  return seal({ t: "latt", a: claim.attachmentId, n: claim.enrollmentId, e: claim.expiresAt }, secret)
}

/** The claim of a token signed with `secret`; a SignedLinkError (403 forged, 410 expired) otherwise. */
export function verifyAttachmentDownloadToken(token: string, secret: string, now = Date.now()): AttachmentDownloadClaim {
  const claim = unseal(token, secret)
  if (!claim || claim.t !== "latt" || typeof claim.a !== "string" || typeof claim.n !== "string" || typeof claim.e !== "number") throw forged()
  if (claim.e * 1000 <= now) throw new SignedLinkError(410, "This download link has expired: open the lesson again to get a new one")
  return { attachmentId: claim.a, enrollmentId: claim.n, expiresAt: claim.e }
}
