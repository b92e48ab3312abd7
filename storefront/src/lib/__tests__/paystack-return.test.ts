import { NextRequest } from "next/server"
import { afterEach, describe, expect, it, vi } from "vitest"
import { checkoutCommerce, fakeCart, json, type FakeCart } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const ORDER = () => json({ type: "order", order: { id: "order_1", display_id: 7 } })
const NOT_AUTHORIZED = () => json({ type: "not_allowed", message: "Session: payses_1 was not authorized with the provider." }, 400)
const BUSY = () => json({ type: "conflict", message: "Cart is already being completed by another request" }, 409)

const withSession = (status: string, over: Partial<FakeCart> = {}) =>
  fakeCart({
    email: "ada@example.com",
    payment_collection: { id: "pay_col_1", payment_sessions: [{ id: "payses_1", provider_id: "pp_paystack_paystack", status, data: { reference: "payses_1-abcd", authorization_url: "http://paystack.test/x" } }] },
    ...over,
  })

async function load(fake: ReturnType<typeof checkoutCommerce>, jar = cookieJar({ shop_cart: "cart_1", shop_checkout: "ng" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  const { finishPaystackCheckout } = await import("../data/checkout")
  const { GET } = await import("../../app/checkout/paystack/route")
  const returnFromPaystack = (query = "?trxref=payses_1-abcd&reference=payses_1-abcd") =>
    GET(new NextRequest(new URL(`/checkout/paystack${query}`, "http://localhost:8000")))
  return { finishPaystackCheckout, returnFromPaystack, jar }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

const completions = (fake: ReturnType<typeof checkoutCommerce>) => fake.calls.filter((c) => c.path.endsWith("/complete")).length

describe("returning from Paystack", () => {
  it("completes the paid cart, forgets it, and shows the order to this browser", async () => {
    const fake = checkoutCommerce({ cart_1: withSession("pending") }, { complete: [ORDER] })
    const { returnFromPaystack, jar } = await load(fake)
    const res = await returnFromPaystack()
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/ng/order/order_1/confirmed")
    expect(jar.values.has("shop_cart")).toBe(false)
    expect(jar.values.has("shop_checkout")).toBe(false)
    expect(jar.sets.find((s) => s.name === "shop_orders")?.options).toMatchObject({ httpOnly: true })
  })

  it("waits while the webhook is completing the same cart, then shows that one order", async () => {
    const fake = checkoutCommerce({ cart_1: withSession("authorized") }, { complete: [BUSY, BUSY, ORDER] })
    const { finishPaystackCheckout } = await load(fake)
    expect(await finishPaystackCheckout("cart_1", "payses_1-abcd", { retryDelayMs: 1 })).toEqual({ kind: "order", orderId: "order_1" })
    expect(completions(fake)).toBe(3)
  })

  it("takes a declined payment back to checkout, keeping the cart", async () => {
    const fake = checkoutCommerce({ cart_1: withSession("error") }, { complete: [NOT_AUTHORIZED] })
    const { returnFromPaystack, jar } = await load(fake)
    const res = await returnFromPaystack()
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/ng/checkout?payment=declined")
    expect(jar.values.get("shop_cart")).toBe("cart_1")
    expect(jar.sets.some((s) => s.name === "shop_orders")).toBe(false)
  })

  it("tells an unpaid payment from a declined one, in either shape Medusa answers", async () => {
    const asCart = () => json({ type: "cart", cart: {}, error: { message: "Payment authorization failed", name: "Error", type: "payment_authorization_error" } })
    const fake = checkoutCommerce({ cart_1: withSession("pending") }, { complete: [NOT_AUTHORIZED, asCart] })
    const { finishPaystackCheckout } = await load(fake)
    expect(await finishPaystackCheckout("cart_1", "payses_1-abcd")).toEqual({ kind: "unpaid" })
    expect(await finishPaystackCheckout("cart_1", "payses_1-abcd")).toEqual({ kind: "unpaid" })
  })

  it("finds the order when the cart was completed between two requests", async () => {
    const fake = checkoutCommerce({ cart_1: withSession("captured", { completed_at: "2026-01-01T00:00:00Z" }) }, { complete: [NOT_AUTHORIZED, ORDER] })
    const { finishPaystackCheckout } = await load(fake)
    expect(await finishPaystackCheckout("cart_1", "payses_1-abcd")).toEqual({ kind: "order", orderId: "order_1" })
  })

  it("says so when the browser has no cart, stock ran out, or commerce fails", async () => {
    const stock = () => json({ type: "not_allowed", message: "Not enough stock available for item li_p at location sloc_1" }, 400)
    const down = () => json({ message: "An unknown error occurred." }, 500)
    const fake = checkoutCommerce({ cart_1: withSession("captured") }, { complete: [stock, down] })
    const { finishPaystackCheckout, returnFromPaystack } = await load(fake, cookieJar())
    expect(await finishPaystackCheckout(undefined, "x")).toEqual({ kind: "missing" })
    expect(await finishPaystackCheckout("cart_1", "x")).toEqual({ kind: "stock" })
    expect(await finishPaystackCheckout("cart_1", "x")).toEqual({ kind: "failed" })
    expect(await finishPaystackCheckout("cart_gone", "x")).toEqual({ kind: "missing" })
    // Without the checkout cookie the shopper goes to the default country.
    expect((await returnFromPaystack()).headers.get("location")).toBe("/ng/checkout?payment=missing")
  })
})
