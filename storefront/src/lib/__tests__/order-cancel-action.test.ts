import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** A fake commerce answering the cancel route with `answer`. */
function commerce(answer: () => Response) {
  const calls: { method: string; path: string; headers: Headers }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    calls.push({ method, path: url.pathname, headers: new Headers(init.headers) })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (method === "POST" && /^\/store\/orders\/[^/]+\/cancel$/.test(url.pathname)) return answer()
    return json({ message: "unexpected" }, 500)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: "session-token" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return import("../actions/orders")
}

const form = (orderId: string) => {
  const data = new FormData()
  data.set("orderId", orderId)
  return data
}

const TIMELINE = { order_id: "order_01ABC", currency_code: "ngn", events: [], shipments: [], cancellation: { allowed: false, reason: "cancelled", message: "This order is already cancelled" } }

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("cancelOwnOrder", () => {
  it("asks commerce to cancel the order with the reader's session, and says the refund is on its way", async () => {
    const fake = commerce(() => json({ timeline: TIMELINE }))
    const { cancelOwnOrder } = await load(fake)
    expect(await cancelOwnOrder(null, form("order_01ABC"))).toEqual({ ok: true, message: expect.stringMatching(/cancelled.*refund/i) })
    const call = fake.calls.find((c) => c.path === "/store/orders/order_01ABC/cancel")!
    expect(call.method).toBe("POST")
    expect(call.headers.get("authorization")).toBe("Bearer session-token")
  })

  it("passes on commerce's reason when the order can no longer be cancelled, with a way to get help", async () => {
    const fake = commerce(() => json({ type: "conflict", message: "This order has shipped and can no longer be cancelled" }, 409))
    const { cancelOwnOrder } = await load(fake)
    expect(await cancelOwnOrder(null, form("order_01ABC"))).toEqual({
      ok: false,
      message: "This order has shipped and can no longer be cancelled. Contact us if you need help with it.",
    })
  })

  it("reports someone else's order as not found, and a failure without commerce's words", async () => {
    const { cancelOwnOrder } = await load(commerce(() => json({ message: "Order with id: order_01ABC was not found" }, 404)))
    expect(await cancelOwnOrder(null, form("order_01ABC"))).toEqual({ ok: false, message: "This order could not be found." })
    const broken = await load(commerce(() => json({ message: "database exploded" }, 500)))
    const answer = await broken.cancelOwnOrder(null, form("order_01ABC"))
    expect(answer).toMatchObject({ ok: false })
    expect(answer?.message).not.toMatch(/database/)
  })

  it("sends nothing for a malformed order id or without a session", async () => {
    const fake = commerce(() => json({ timeline: TIMELINE }))
    const { cancelOwnOrder } = await load(fake)
    expect(await cancelOwnOrder(null, form("../customers/me"))).toMatchObject({ ok: false })
    const signedOut = commerce(() => json({ timeline: TIMELINE }))
    const { cancelOwnOrder: cancelSignedOut } = await load(signedOut, cookieJar({}))
    expect(await cancelSignedOut(null, form("order_01ABC"))).toEqual({ ok: false, message: "Your session has ended. Please sign in again." })
    expect([...fake.calls, ...signedOut.calls].some((c) => c.path.includes("/cancel"))).toBe(false)
  })
})
