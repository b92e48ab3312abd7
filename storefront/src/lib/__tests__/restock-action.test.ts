import { afterEach, describe, expect, it, vi } from "vitest"

/** A FetchError as the js-sdk throws it for a commerce refusal. */
const refusal = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: message })

async function load(requestRestock: (input: { variantId: string; email?: string; countryCode: string }) => Promise<{ email: string }>) {
  vi.resetModules()
  const spy = vi.fn(requestRestock)
  vi.doMock("@/lib/data/restock", () => ({ requestRestock: spy }))
  const { requestRestockAction } = await import("../actions/restock")
  const submit = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ variantId: "variant_1", countryCode: "NG", ...fields })) form.set(name, value)
    return requestRestockAction(null, form)
  }
  return { spy, submit }
}

afterEach(() => vi.doUnmock("@/lib/data/restock"))

describe("requestRestockAction", () => {
  it("asks commerce for the chosen format and the typed address, and says what will happen", async () => {
    const { spy, submit } = await load(async (input) => ({ email: input.email!.toLowerCase() }))
    const state = await submit({ email: " Reader@Example.com " })
    expect(spy).toHaveBeenCalledWith({ variantId: "variant_1", countryCode: "ng", email: "Reader@Example.com" })
    expect(state).toEqual({ ok: true, message: "We will email reader@example.com once, when it is back." })
  })

  it("refuses a missing or malformed address before calling commerce", async () => {
    const { spy, submit } = await load(async () => ({ email: "x" }))
    expect(await submit({ email: "" })).toMatchObject({ ok: false, errors: { email: "Enter your email address." } })
    expect(await submit({ email: "not-an-email" })).toMatchObject({ ok: false, errors: { email: /valid email address/ }, values: { email: "not-an-email" } })
    expect(spy).not.toHaveBeenCalled()
  })

  it.each([
    [refusal(409, "“The Long Afternoon” (Hardcover) is in stock: add it to your cart"), { message: /back in stock\. Reload the page/ }],
    [refusal(429, "Too many back-in-stock requests. Try again in 12 minutes."), { message: "Too many back-in-stock requests. Try again in 12 minutes." }],
    [refusal(404, "No book format with id variant_1 is on sale"), { message: /no longer sold/ }],
    [refusal(400, "email is not a valid email address"), { errors: { email: /valid email address/ } }],
    [Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }), { message: /try again in a moment/ }],
  ])("turns commerce's answer %# into words for the reader, keeping what they typed", async (error, expected) => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { submit } = await load(async () => {
      throw error
    })
    expect(await submit({ email: "reader@example.com" })).toMatchObject({ ok: false, ...expected, values: { email: "reader@example.com" } })
  })
})
