import { NextRequest } from "next/server"
import { afterEach, describe, expect, it, vi } from "vitest"
import { checkoutCommerce, ebookLine, fakeCart, json, redirectTarget, type FakeCart } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const BOTH = ["pp_paystack_paystack", "pp_flutterwave_flutterwave"]
const PAYSTACK_DOWN = (provider: string) =>
  provider === "pp_paystack_paystack" ? json({ type: "unexpected_state", message: "Paystack is not answering just now" }, 500) : null

async function load(fake: ReturnType<typeof checkoutCommerce>, jar = cookieJar({ shop_cart: "cart_1", shop_checkout: "ng" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  const { pay } = await import("../actions/checkout")
  const { GET } = await import("../../app/checkout/flutterwave/route")
  const returnFromFlutterwave = (query: string) => GET(new NextRequest(new URL(`/checkout/flutterwave${query}`, "http://localhost:8000")))
  return { pay, returnFromFlutterwave, jar }
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  data.set("countryCode", "ng")
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const readyToPay = () => fakeCart({ email: "ada@example.com", items: [ebookLine] })
const sessionStarts = (fake: ReturnType<typeof checkoutCommerce>) => fake.calls.filter((c) => c.path.endsWith("/payment-sessions")).map((c) => c.body.provider_id)

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe("choosing Flutterwave", () => {
  it("starts a Flutterwave payment and sends the browser to its hosted link", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { providers: BOTH })
    const { pay, jar } = await load(fake)
    expect(await redirectTarget(pay(null, form({ provider: "flutterwave" })))).toBe("http://flutterwave.test/pay/1")
    expect(sessionStarts(fake)).toEqual(["pp_flutterwave_flutterwave"])
    expect(jar.sets.find((s) => s.name === "shop_checkout")).toMatchObject({ value: "ng" })
  })

  it("is not offered where its module is switched off, though the region still links it", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { providers: ["pp_paystack_paystack", "pp_flutterwave_flutterwave:disabled"] })
    const { pay } = await load(fake)
    expect(await pay(null, form({ provider: "flutterwave" }))).toMatchObject({ ok: false, failover: "paystack" })
    expect(sessionStarts(fake)).toEqual([])
  })

  it("is refused when the region does not offer it, without starting anything", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() })
    const { pay } = await load(fake)
    expect(await pay(null, form({ provider: "flutterwave" }))).toMatchObject({ ok: false, message: "Flutterwave is not available just now. You can pay with Paystack.", failover: "paystack" })
    expect(sessionStarts(fake)).toEqual([])
  })
})

describe("when Paystack cannot start the payment", () => {
  it("says so in plain words and offers Flutterwave; one click pays the same cart there, replacing the Paystack session", async () => {
    let paystackDown = true
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { providers: BOTH, session: (p) => (paystackDown ? PAYSTACK_DOWN(p) : null) })
    const { pay } = await load(fake)
    const refused = await pay(null, form({ provider: "paystack" }))
    expect(refused).toEqual({
      ok: false,
      message: "We could not start your payment with Paystack just now. You have not been charged. You can pay with Flutterwave instead, for the same order.",
      failover: "flutterwave",
    })
    // The failover button posts `failover`, beside the radio's `provider`.
    expect(await redirectTarget(pay(refused, form({ provider: "paystack", failover: "flutterwave" })))).toBe("http://flutterwave.test/pay/1")
    expect(sessionStarts(fake)).toEqual(["pp_paystack_paystack", "pp_flutterwave_flutterwave"])
    // A later Paystack session replaces the Flutterwave one: one session, so at most one order.
    paystackDown = false
    expect(await redirectTarget(pay(null, form({ provider: "paystack" })))).toBe("http://paystack.test/checkout/2")
    expect(fake.carts.cart_1.payment_collection!.payment_sessions.map((s) => s.provider_id)).toEqual(["pp_paystack_paystack"])
  })

  it("offers nothing else for the cart's own refusal (4xx), which does not count against Paystack", async () => {
    const fake = checkoutCommerce(
      { cart_1: readyToPay() },
      { providers: BOTH, session: () => json({ type: "invalid_data", message: "Paystack needs the customer's email" }, 400) }
    )
    const { pay } = await load(fake)
    const answer = await pay(null, form({ provider: "paystack" }))
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/^We could not start your payment with Paystack just now/) })
    expect(answer).not.toHaveProperty("failover")
  })

  it("stops offering Paystack after 3 failures in a row, and tries it again 5 minutes later", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    vi.setSystemTime(new Date("2026-12-06T12:00:00Z"))
    let paystackDown = true
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { providers: BOTH, session: (p) => (paystackDown ? PAYSTACK_DOWN(p) : null) })
    const { pay } = await load(fake)
    for (let i = 0; i < 3; i++) expect(await pay(null, form({ provider: "paystack" }))).toMatchObject({ failover: "flutterwave" })
    expect(sessionStarts(fake)).toHaveLength(3)
    // Open: Paystack is not asked at all; Flutterwave is offered.
    expect(await pay(null, form({ provider: "paystack" }))).toMatchObject({ ok: false, message: "Paystack is not available just now. You can pay with Flutterwave.", failover: "flutterwave" })
    expect(sessionStarts(fake)).toHaveLength(3)
    paystackDown = false
    vi.setSystemTime(new Date("2026-12-06T12:05:00Z"))
    expect(await redirectTarget(pay(null, form({ provider: "paystack" })))).toBe("http://paystack.test/checkout/1")
  })
})

const paidWithFlutterwave = (status: string): FakeCart =>
  fakeCart({
    email: "ada@example.com",
    payment_collection: { id: "pay_col_1", payment_sessions: [{ id: "payses_1", provider_id: "pp_flutterwave_flutterwave", status, data: { tx_ref: "payses_1-abcd", link: "http://flutterwave.test/pay/1" } }] },
  })
const NOT_AUTHORIZED = () => json({ type: "not_allowed", message: "Session: payses_1 was not authorized with the provider." }, 400)

describe("returning from Flutterwave", () => {
  it("completes the paid cart and shows the order", async () => {
    const fake = checkoutCommerce({ cart_1: paidWithFlutterwave("pending") }, { complete: [() => json({ type: "order", order: { id: "order_1" } })] })
    const { returnFromFlutterwave, jar } = await load(fake)
    const res = await returnFromFlutterwave("?status=successful&tx_ref=payses_1-abcd&transaction_id=42")
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/ng/order/order_1/confirmed")
    expect(jar.values.has("shop_cart")).toBe(false)
    expect(jar.values.has("shop_checkout")).toBe(false)
  })

  it("takes a declined payment back to the payment step saying so", async () => {
    const fake = checkoutCommerce({ cart_1: paidWithFlutterwave("error") }, { complete: [NOT_AUTHORIZED] })
    const { returnFromFlutterwave } = await load(fake)
    const res = await returnFromFlutterwave("?status=failed&tx_ref=payses_1-abcd&transaction_id=43")
    expect(res.headers.get("location")).toBe("/ng/checkout?payment=declined")
  })

  it("takes a cancelled payment back to the payment step, never trusting the status to place an order", async () => {
    const fake = checkoutCommerce({ cart_1: paidWithFlutterwave("pending") }, { complete: [NOT_AUTHORIZED] })
    const { returnFromFlutterwave } = await load(fake)
    const res = await returnFromFlutterwave("?status=cancelled&tx_ref=payses_1-abcd")
    expect(res.headers.get("location")).toBe("/ng/checkout?payment=cancelled")
    expect(fake.calls.filter((c) => c.path.endsWith("/complete"))).toHaveLength(1)
  })
})
