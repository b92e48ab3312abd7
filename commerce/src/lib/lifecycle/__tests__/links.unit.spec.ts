import { createGuestOrderToken } from "../../orders/guest-order-link"
import { SignedLinkError } from "../../signed-links"
import { createCartRecoveryToken, createUnsubscribeToken, verifyCartRecoveryToken, verifyUnsubscribeToken } from "../links"

const SECRET = "a-test-secret"
const NOW = Date.UTC(2026, 11, 6, 12)
const DAY = 86_400_000

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof SignedLinkError ? error.status : error
  }
  return "accepted"
}

describe("the cart-recovery link", () => {
  it("names its cart for 14 days, then is 410", () => {
    const token = createCartRecoveryToken("cart_1", NOW, SECRET)
    expect(verifyCartRecoveryToken(token, NOW + 13 * DAY, SECRET)).toBe("cart_1")
    expect(refusal(() => verifyCartRecoveryToken(token, NOW + 14 * DAY, SECRET))).toBe(410)
  })

  it("is 403 when forged, signed with another secret, or another kind of signed token", () => {
    const token = createCartRecoveryToken("cart_1", NOW, SECRET)
    const [payload, signature] = token.split(".")
    const otherCart = Buffer.from(JSON.stringify({ t: "cart", c: "cart_2", e: NOW / 1000 + 99 })).toString("base64url")
    expect(refusal(() => verifyCartRecoveryToken(`${otherCart}.${signature}`, NOW, SECRET))).toBe(403)
    expect(refusal(() => verifyCartRecoveryToken(`${payload}.${signature}x`, NOW, SECRET))).toBe(403)
    expect(refusal(() => verifyCartRecoveryToken(token, NOW, "another-secret"))).toBe(403)
    expect(refusal(() => verifyCartRecoveryToken("garbage", NOW, SECRET))).toBe(403)
    expect(refusal(() => verifyCartRecoveryToken(createUnsubscribeToken("a@example.com", NOW, SECRET), NOW, SECRET))).toBe(403)
    expect(refusal(() => verifyCartRecoveryToken(createGuestOrderToken({ orderId: "order_1", expiresAt: NOW / 1000 + 99 }, SECRET), NOW, SECRET))).toBe(403)
  })
})

describe("the unsubscribe link", () => {
  it("names its address (lower-cased) for a year; a cart token cannot stand in for it", () => {
    const token = createUnsubscribeToken("Ada@Example.com", NOW, SECRET)
    expect(verifyUnsubscribeToken(token, NOW + 364 * DAY, SECRET)).toBe("ada@example.com")
    expect(refusal(() => verifyUnsubscribeToken(token, NOW + 366 * DAY, SECRET))).toBe(410)
    expect(refusal(() => verifyUnsubscribeToken(createCartRecoveryToken("cart_1", NOW, SECRET), NOW, SECRET))).toBe(403)
  })
})
