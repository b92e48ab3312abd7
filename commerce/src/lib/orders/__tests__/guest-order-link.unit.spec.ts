import { SignedLinkError } from "../../signed-links"
import { createGuestEbookToken } from "../../ebooks/download-token"
import { createGuestOrderToken, verifyGuestOrderToken } from "../guest-order-link"

const SECRET = "order-link-secret"
const now = Date.UTC(2026, 11, 6)
const inAMonth = Math.floor(now / 1000) + 30 * 86_400

const refusal = (token: string, orderId = "order_1", at = now) => {
  try {
    verifyGuestOrderToken(token, orderId, SECRET, at)
  } catch (error) {
    return error as SignedLinkError
  }
  throw new Error("the token was accepted")
}

describe("guest order links", () => {
  const token = createGuestOrderToken({ orderId: "order_1", expiresAt: inAMonth }, SECRET)

  it("opens the order it was made for until it expires", () => {
    expect(() => verifyGuestOrderToken(token, "order_1", SECRET, now)).not.toThrow()
    expect(refusal(token, "order_1", inAMonth * 1000)).toMatchObject({ status: 410, message: "This order link has expired" })
  })

  it("refuses another order, another secret, a changed character and an ebook token with a 403", () => {
    expect(refusal(token, "order_2").status).toBe(403)
    expect(refusal(createGuestOrderToken({ orderId: "order_1", expiresAt: inAMonth }, "other-secret")).status).toBe(403)
    const [payload, signature] = token.split(".")
    const changed = `${payload}.${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`
    expect(refusal(changed).status).toBe(403)
    // Extending the expiry by rewriting the claim breaks the signature.
    const later = Buffer.from(JSON.stringify({ t: "order", o: "order_1", e: inAMonth + 86_400 })).toString("base64url")
    expect(refusal(`${later}.${signature}`).status).toBe(403)
    expect(refusal(createGuestEbookToken({ orderId: "order_1", itemId: "ordli_1", expiresAt: inAMonth }, SECRET)).status).toBe(403)
    expect(refusal("not-a-token").status).toBe(403)
  })
})
