import { seal, SignedLinkError, unseal as unsealOrNull } from "../signed-links"
import { EBOOK_FORMATS, type EbookFormat } from "./files"

/** How long a download link works after the library hands it out. */
export const DOWNLOAD_LINK_TTL_SECONDS = 5 * 60

export type EbookDownloadClaim = {
  /** The order line item the link was issued for. */
  itemId: string
  /** The ebook's variant: its file is looked up when the link is opened, so a replaced file is the one served. */
  variantId: string
  /** Which of the variant's files. */
  format: EbookFormat
  /** Unix time (seconds) after which the link is refused. */
  expiresAt: number
}

/** Why a link was refused: 403 for anything forged or malformed, 410 once it has expired. */
export { SignedLinkError as EbookDownloadLinkError }

const forged = () => new SignedLinkError(403, "This download link is not valid")

/** The claim inside a token sealed with `secret`, or a 403 for anything forged or malformed. */
function unseal(token: string, secret: string): Record<string, unknown> {
  const claim = unsealOrNull(token, secret)
  if (!claim) throw forged()
  return claim
}

/** A token for GET /ebooks/download/:token. */
export function createEbookDownloadToken(claim: EbookDownloadClaim, secret: string): string {
  return seal({ i: claim.itemId, v: claim.variantId, f: claim.format, e: claim.expiresAt }, secret)
}

/** The claim of a token signed with `secret`; throws EbookDownloadLinkError otherwise. */
export function verifyEbookDownloadToken(token: string, secret: string, now = Date.now()): EbookDownloadClaim {
  const claim = unseal(token, secret)
  const format = EBOOK_FORMATS.find((f) => f === claim.f)
  if (typeof claim.i !== "string" || typeof claim.v !== "string" || !format || typeof claim.e !== "number") throw forged()
  if (claim.e * 1000 <= now) {
    throw new SignedLinkError(410, "This download link has expired: open your library to get a new one")
  }
  return { itemId: claim.i, variantId: claim.v, format, expiresAt: claim.e }
}

/** How long the ebook links in a guest's order email keep working. */
export const GUEST_LINK_TTL_SECONDS = 30 * 24 * 60 * 60

export type GuestEbookClaim = {
  /** The guest order the ebook was bought in. */
  orderId: string
  /** The ebook's line item in that order. */
  itemId: string
  /** Unix time (seconds) after which the link is refused. */
  expiresAt: number
}

/**
 * A guest has no library: their order email carries one link per ebook. The
 * link is not the file: opening it checks the order still pays for the
 * ebook (not cancelled or refunded) and only then hands out a short-lived
 * download link. Its claim is typed (`t: "guest"`), so neither kind of
 * token can stand in for the other.
 */
export function createGuestEbookToken(claim: GuestEbookClaim, secret: string): string {
  return seal({ t: "guest", o: claim.orderId, i: claim.itemId, e: claim.expiresAt }, secret)
}

/** The claim of a guest link signed with `secret`; throws EbookDownloadLinkError otherwise. */
export function verifyGuestEbookToken(token: string, secret: string, now = Date.now()): GuestEbookClaim {
  const claim = unseal(token, secret)
  if (claim.t !== "guest" || typeof claim.o !== "string" || typeof claim.i !== "string" || typeof claim.e !== "number") throw forged()
  if (claim.e * 1000 <= now) {
    throw new SignedLinkError(410, "This download link has expired: please contact us for a new one")
  }
  return { orderId: claim.o, itemId: claim.i, expiresAt: claim.e }
}
