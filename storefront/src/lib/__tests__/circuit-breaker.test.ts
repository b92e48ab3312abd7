import { describe, expect, it } from "vitest"
import { createCircuitBreaker } from "../util/circuit-breaker"
import { isPaymentOutage, offeredProviders } from "../util/payment-providers"
import { HttpError } from "../util/errors"

const clock = () => {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe("the circuit breaker", () => {
  it("opens after 3 failures in a row, and not before", () => {
    const time = clock()
    const breaker = createCircuitBreaker({ threshold: 3, coolOffMs: 300_000, now: time.now })
    breaker.recordFailure()
    breaker.recordFailure()
    expect(breaker.isOpen()).toBe(false)
    breaker.recordFailure()
    expect(breaker.isOpen()).toBe(true)
  })

  it("counts failures in a row only: a success in between starts again", () => {
    const breaker = createCircuitBreaker({ threshold: 3, coolOffMs: 300_000, now: clock().now })
    breaker.recordFailure()
    breaker.recordFailure()
    breaker.recordSuccess()
    breaker.recordFailure()
    breaker.recordFailure()
    expect(breaker.isOpen()).toBe(false)
  })

  it("lets a try through after 5 minutes; one more failure opens it again at once, a success closes it", () => {
    const time = clock()
    const breaker = createCircuitBreaker({ threshold: 3, coolOffMs: 300_000, now: time.now })
    for (let i = 0; i < 3; i++) breaker.recordFailure()
    time.advance(299_999)
    expect(breaker.isOpen()).toBe(true)
    time.advance(1)
    expect(breaker.isOpen()).toBe(false)
    breaker.recordFailure()
    expect(breaker.isOpen()).toBe(true)
    time.advance(300_000)
    expect(breaker.isOpen()).toBe(false)
    breaker.recordSuccess()
    breaker.recordFailure()
    expect(breaker.isOpen()).toBe(false)
  })
})

describe("the providers offered", () => {
  const both = ["pp_flutterwave_flutterwave", "pp_paystack_paystack"]
  it("are those of the region, Paystack first", () => {
    expect(offeredProviders(both, false)).toEqual(["paystack", "flutterwave"])
    expect(offeredProviders(["pp_paystack_paystack", "pp_system_default"], false)).toEqual(["paystack"])
  })
  it("leave Paystack out while its circuit is open, unless it is the only one", () => {
    expect(offeredProviders(both, true)).toEqual(["flutterwave"])
    expect(offeredProviders(["pp_paystack_paystack"], true)).toEqual(["paystack"])
  })
})

describe("a payment outage", () => {
  it("is a 5xx from commerce or no answer at all, never the cart's own 4xx", () => {
    expect(isPaymentOutage(Object.assign(new Error("Paystack is not answering"), { status: 500 }))).toBe(true)
    expect(isPaymentOutage(new HttpError(502, "no session"))).toBe(true)
    expect(isPaymentOutage(Object.assign(new Error("The operation timed out"), { name: "TimeoutError" }))).toBe(true)
    expect(isPaymentOutage(new TypeError("fetch failed"))).toBe(true)
    expect(isPaymentOutage(Object.assign(new Error("Set the cart's email"), { status: 400 }))).toBe(false)
  })
})
