import {
  createEbookDownloadToken,
  createGuestEbookToken,
  EbookDownloadLinkError,
  verifyEbookDownloadToken,
  verifyGuestEbookToken,
} from "../download-token"

const SECRET = "test-ebook-url-secret"
const now = Date.UTC(2030, 0, 1)
const claim = { itemId: "ordli_01", variantId: "variant_01", format: "epub" as const, expiresAt: now / 1000 + 300 }

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as EbookDownloadLinkError
  }
  throw new Error("expected the token to be refused")
}

describe("ebook download tokens", () => {
  it("round-trips the item, variant, format and expiry, in a URL-safe token", () => {
    const token = createEbookDownloadToken(claim, SECRET)
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(verifyEbookDownloadToken(token, SECRET, now)).toEqual(claim)
  })

  it("refuses an expired token with 410", () => {
    const token = createEbookDownloadToken(claim, SECRET)
    const error = refusal(() => verifyEbookDownloadToken(token, SECRET, now + 301_000))
    expect(error).toBeInstanceOf(EbookDownloadLinkError)
    expect(error.status).toBe(410)
    expect(error.message).toContain("expired")
  })

  it("refuses, with 403, a token signed with another secret or whose claim was changed", () => {
    const other = createEbookDownloadToken(claim, "another-secret")
    expect(refusal(() => verifyEbookDownloadToken(other, SECRET, now)).status).toBe(403)

    const [, signature] = createEbookDownloadToken(claim, SECRET).split(".")
    const longer = Buffer.from(JSON.stringify({ i: claim.itemId, v: claim.variantId, f: claim.format, e: claim.expiresAt + 86_400 })).toString("base64url")
    expect(refusal(() => verifyEbookDownloadToken(`${longer}.${signature}`, SECRET, now)).status).toBe(403)
  })

  it("refuses malformed tokens with 403 rather than throwing anything else", () => {
    for (const token of ["", "abc", "a.b.c", "a.", ".b", `${"x".repeat(10)}.${"A".repeat(43)}`]) {
      expect(refusal(() => verifyEbookDownloadToken(token, SECRET, now)).status).toBe(403)
    }
  })

  it("checks the signature before the expiry, so a forged old token is 403, not 410", () => {
    const forged = createEbookDownloadToken({ ...claim, expiresAt: 1 }, "another-secret")
    expect(refusal(() => verifyEbookDownloadToken(forged, SECRET, now)).status).toBe(403)
  })
})

describe("guest ebook links", () => {
  const guest = { orderId: "order_01", itemId: "ordli_01", expiresAt: now / 1000 + 30 * 86_400 }

  it("round-trips the order, item and expiry", () => {
    expect(verifyGuestEbookToken(createGuestEbookToken(guest, SECRET), SECRET, now)).toEqual(guest)
  })

  it("refuses an expired link with 410 and a forged one with 403", () => {
    const token = createGuestEbookToken(guest, SECRET)
    expect(refusal(() => verifyGuestEbookToken(token, SECRET, now + 31 * 86_400_000)).status).toBe(410)
    expect(refusal(() => verifyGuestEbookToken(createGuestEbookToken(guest, "another-secret"), SECRET, now)).status).toBe(403)
  })

  it("is never taken for a download token, nor a download token for it", () => {
    expect(refusal(() => verifyEbookDownloadToken(createGuestEbookToken(guest, SECRET), SECRET, now)).status).toBe(403)
    expect(refusal(() => verifyGuestEbookToken(createEbookDownloadToken(claim, SECRET), SECRET, now)).status).toBe(403)
  })
})
