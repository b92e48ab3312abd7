import { NextRequest } from "next/server"
import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

/** A FetchError as the js-sdk throws it for a commerce refusal. */
const refusal = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: message })

async function load(recoverCart: (token: string) => Promise<{ id: string; sign_in_required: boolean }>) {
  vi.resetModules()
  const jar = cookieJar()
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.doMock("@/lib/data/marketing", () => ({ recoverCart: vi.fn(recoverCart) }))
  const { GET } = await import("../../app/[countryCode]/cart/recover/route")
  const visit = (query: string) =>
    GET(new NextRequest(`http://localhost:8000/ng/cart/recover${query}`), { params: Promise.resolve({ countryCode: "ng" }) })
  return { jar, visit }
}

afterEach(() => {
  vi.doUnmock("next/headers")
  vi.doUnmock("@/lib/data/marketing")
})

describe("GET /[countryCode]/cart/recover", () => {
  it("puts the signed cart back in the cart cookie and opens the cart", async () => {
    const { jar, visit } = await load(async (token) => {
      expect(token).toBe("signed.token")
      return { id: "cart_123", sign_in_required: false }
    })
    const res = await visit("?token=signed.token")
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/ng/cart")
    expect(jar.sets).toEqual([expect.objectContaining({ name: "shop_cart", value: "cart_123" })])
    expect(jar.sets[0].options).toMatchObject({ httpOnly: true })
  })

  it("asks an account holder to sign in first, the cart kept for them", async () => {
    const { jar, visit } = await load(async () => ({ id: "cart_9", sign_in_required: true }))
    const res = await visit("?token=t")
    expect(res.headers.get("location")).toBe(`/ng/account/login?${new URLSearchParams({ next: "/ng/cart" })}`)
    expect(jar.values.get("shop_cart")).toBe("cart_9")
  })

  it.each([
    ["an expired link", refusal(410, "This cart link has expired"), "expired"],
    ["a cart already ordered", refusal(410, "This cart has already become an order"), "ordered"],
    ["a forged link", refusal(403, "This cart link is not valid"), "invalid"],
    ["commerce down", Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }), "unavailable"],
  ])("lands %s on a page that says why, never a 500, and sets no cookie", async (_name, error, reason) => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { jar, visit } = await load(async () => {
      throw error
    })
    const res = await visit("?token=t")
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe(`/ng/cart/recover/failed?reason=${reason}`)
    expect(jar.sets).toEqual([])
  })

  it("treats a link without a token as not valid", async () => {
    const recover = vi.fn()
    const { visit } = await load(recover)
    expect((await visit("")).headers.get("location")).toBe("/ng/cart/recover/failed?reason=invalid")
    expect(recover).not.toHaveBeenCalled()
  })
})
