import { afterEach, describe, expect, it, vi } from "vitest"
import { parsePromotionCode, promotionRefusal, NOT_APPLICABLE } from "../actions/promotion-input"
import { cookieJar } from "./cookie-jar"

const refusal = (message: string, status = 400) => Object.assign(new Error(message), { status, statusText: "Bad Request" })

describe("the discount code field's words", () => {
  it("names a code commerce does not know", () => {
    expect(promotionRefusal("LAUNCH11", refusal("The promotion code LAUNCH11 is invalid"))).toBe("LAUNCH11 isn't a valid code.")
  })

  it("says a code has expired, when applied and when refused at completion", () => {
    expect(promotionRefusal("ENDED5", refusal("The promotion code ENDED5 has expired"))).toBe("This code has expired.")
    expect(promotionRefusal("FLASH10", refusal("The promotion code FLASH10 has expired, so the order was not placed"))).toBe("This code has expired.")
  })

  it("says a code is not active yet, used up, or for delivery only", () => {
    expect(promotionRefusal("SOON5", refusal("The promotion code SOON5 is not active yet"))).toBe("This code isn't active yet.")
    expect(promotionRefusal("RACE3", refusal("The promotion code RACE3 has been used up"))).toBe("This code has been used up.")
    expect(promotionRefusal("FREESHIP", refusal("The promotion code FREESHIP takes money off delivery: choose delivery first, then apply it"))).toBe(
      "This code takes money off delivery: apply it at checkout once you have chosen delivery."
    )
  })

  it("leaves any other failure to the caller", () => {
    expect(promotionRefusal("X", refusal("The promotion code X is invalid", 500))).toBeNull()
    expect(promotionRefusal("X", refusal("Cart is already being completed by another request", 400))).toBeNull()
    expect(promotionRefusal("X", new TypeError("fetch failed"))).toBeNull()
  })

  it("takes a code as typed, without spaces, and refuses an empty or absurd one", () => {
    expect(parsePromotionCode(" launch 10 ")).toEqual({ ok: true, code: "launch10" })
    expect(parsePromotionCode("")).toEqual({ ok: false, error: "Enter a discount code." })
    expect(parsePromotionCode(null)).toEqual({ ok: false, error: "Enter a discount code." })
    expect(parsePromotionCode("X".repeat(65))).toEqual({ ok: false, error: "That isn't a valid code." })
  })
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** A fake commerce with one cart and the promotions route as Medusa 2.21 and our middleware answer it. */
function commerce() {
  const cart = { id: "cart_1", region_id: "reg_ng", items: [{ id: "cali_1", quantity: 1 }], promotions: [] as { code: string }[] }
  const calls: { method: string; path: string; body: any }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    const body = init.body ? JSON.parse(String(init.body)) : {}
    calls.push({ method, path: url.pathname, body })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/carts/cart_1") return json({ cart })
    if (url.pathname === "/store/carts/cart_1/promotions") {
      const [code] = body.promo_codes as string[]
      if (method === "DELETE") cart.promotions = cart.promotions.filter((p) => !body.promo_codes.includes(p.code))
      else if (code.toUpperCase() === "LAUNCH11") return json({ type: "invalid_data", message: `The promotion code ${code} is invalid` }, 400)
      else if (code.toUpperCase() === "ENDED5") return json({ type: "invalid_data", message: `The promotion code ${code} has expired` }, 400)
      // Taken, but it fits no line: Medusa answers the cart without it.
      else if (code.toUpperCase() === "COURSES20") return json({ cart })
      else cart.promotions = [{ code: code.toUpperCase() }]
      return json({ cart })
    }
    return json({ message: "not found" }, 404)
  })
  return { fetchImpl, calls, cart }
}

async function load(fake: ReturnType<typeof commerce>) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: cookieJar({ shop_cart: "cart_1" }).cookies }))
  vi.doMock("next/cache", () => ({ refresh: vi.fn() }))
  return import("../actions/promotions")
}

const form = (code: string) => {
  const data = new FormData()
  data.set("code", code)
  return data
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.doUnmock("next/cache")
})

describe("applyPromotionCode and removePromotionCode", () => {
  it("applies a code typed in lower case, then removes it", async () => {
    const fake = commerce()
    const { applyPromotionCode, removePromotionCode } = await load(fake)
    expect(await applyPromotionCode(null, form("launch10"))).toEqual({ ok: true, message: "LAUNCH10 is applied.", code: "LAUNCH10" })
    expect(fake.calls.find((c) => c.method === "POST" && c.path.endsWith("/promotions"))?.body).toEqual({ promo_codes: ["launch10"] })
    expect(await removePromotionCode(null, form("LAUNCH10"))).toEqual({ ok: true, message: "LAUNCH10 is removed." })
    expect(fake.calls.at(-1)).toMatchObject({ method: "DELETE", body: { promo_codes: ["LAUNCH10"] } })
    expect(fake.cart.promotions).toEqual([])
  })

  it("says which: a wrong code, an expired one, one that fits nothing in the cart", async () => {
    const { applyPromotionCode } = await load(commerce())
    expect(await applyPromotionCode(null, form("LAUNCH11"))).toEqual({ ok: false, message: "LAUNCH11 isn't a valid code.", code: "LAUNCH11" })
    expect(await applyPromotionCode(null, form("ENDED5"))).toEqual({ ok: false, message: "This code has expired.", code: "ENDED5" })
    expect(await applyPromotionCode(null, form("COURSES20"))).toEqual({ ok: false, message: NOT_APPLICABLE, code: "COURSES20" })
  })

  it("asks commerce nothing for an empty field", async () => {
    const fake = commerce()
    const { applyPromotionCode } = await load(fake)
    expect(await applyPromotionCode(null, form("   "))).toEqual({ ok: false, message: "Enter a discount code." })
    expect(fake.calls.filter((c) => c.path.includes("/promotions"))).toEqual([])
  })
})

describe("returning from Paystack to a code refused at completion", () => {
  it("takes the shopper back to checkout saying the code expired or was used up and the payment refunded", async () => {
    const { checkoutCommerce, fakeCart, json: reply } = await import("./checkout-commerce")
    const fake = checkoutCommerce(
      { cart_1: fakeCart({ email: "ada@example.com" }) },
      { complete: [() => reply({ type: "not_allowed", message: "The promotion code FLASH10 has expired, so the order was not placed" }, 400)] }
    )
    vi.resetModules()
    vi.stubGlobal("fetch", fake.fetchImpl)
    vi.doMock("next/headers", () => ({ cookies: cookieJar({ shop_cart: "cart_1", shop_checkout: "ng" }).cookies }))
    const { finishPaystackCheckout } = await import("../data/checkout")
    const { paymentNotice } = await import("../util/checkout")
    expect(await finishPaystackCheckout("cart_1", "payses_1-abcd")).toEqual({ kind: "promotion" })
    expect(paymentNotice("promotion")).toMatch(/^Your discount code expired or was used up while you were paying.+refunded in full.+pay again\.$/)
  })
})
