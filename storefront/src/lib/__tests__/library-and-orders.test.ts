import { afterEach, describe, expect, it, vi } from "vitest"
import { json, redirectTarget } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const TOKEN = "h.eyJhY3Rvcl9pZCI6ImN1c18xIn0.s"

/** A fake commerce for the library and orders: one reader (cus_1) owns li_1 and order_mine. */
function commerce() {
  const calls: { method: string; path: string; auth: string | null }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const auth = new Headers(init.headers).get("authorization")
    calls.push({ method: init.method ?? "GET", path: url.pathname, auth })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/customers/me/library/li_1/download") {
      return auth ? json({ url: "http://localhost:9000/ebooks/download/tok123", expires_at: "2030-01-01T00:05:00Z" }) : json({ message: "Unauthorized" }, 401)
    }
    if (url.pathname.startsWith("/store/customers/me/library/")) return json({ type: "not_found", message: "Not in your library" }, 404)
    const order = /^\/store\/orders\/([^/]+)$/.exec(url.pathname)?.[1]
    if (order === "order_mine") return json({ order: { id: order, customer_id: "cus_1", email: "ada@example.com" } })
    if (order === "order_guest") return json({ order: { id: order, customer_id: "cus_guest", email: "guest@example.com" } })
    return json({ type: "not_found", message: "Order not found" }, 404)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: TOKEN })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return { ...(await import("../actions/library")), ...(await import("../data/orders")) }
}

const downloadForm = (itemId: string) => {
  const form = new FormData()
  form.set("countryCode", "ng")
  form.set("itemId", itemId)
  return form
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("downloadEbook", () => {
  it("sends the reader's browser to a fresh link for their own ebook", async () => {
    const fake = commerce()
    const { downloadEbook } = await load(fake)
    expect(await redirectTarget(downloadEbook(null, downloadForm("li_1")))).toBe("http://localhost:9000/ebooks/download/tok123")
    expect(fake.calls.at(-1)).toMatchObject({ method: "POST", auth: `Bearer ${TOKEN}` })
  })

  it("says an ebook the reader does not own is not in their library", async () => {
    const { downloadEbook } = await load(commerce())
    expect(await downloadEbook(null, downloadForm("li_someone_elses"))).toEqual({ ok: false, message: "This ebook is not in your library." })
  })

  it("sends a visitor who is not signed in to sign in, without asking commerce", async () => {
    const fake = commerce()
    const { downloadEbook } = await load(fake, cookieJar())
    expect(await redirectTarget(downloadEbook(null, downloadForm("li_1")))).toBe("/ng/account/login?next=%2Fng%2Faccount%2Flibrary")
    expect(fake.calls.filter((c) => c.path.includes("library"))).toEqual([])
  })
})

describe("retrieveOrderForBuyer", () => {
  it("shows an order to the customer it belongs to", async () => {
    const { retrieveOrderForBuyer } = await load(commerce())
    expect(await retrieveOrderForBuyer("order_mine", { customerId: "cus_1", placedHere: false })).toMatchObject({ id: "order_mine" })
  })

  it("shows a guest's order only to the browser that placed it", async () => {
    const fake = commerce()
    const { retrieveOrderForBuyer } = await load(fake, cookieJar())
    expect(await retrieveOrderForBuyer("order_guest", { customerId: null, placedHere: true })).toMatchObject({ id: "order_guest" })
    expect(await retrieveOrderForBuyer("order_guest", { customerId: null, placedHere: false })).toBeNull()
    expect(await retrieveOrderForBuyer("order_guest", { customerId: "cus_1", placedHere: false })).toBeNull()
    // A stranger with neither a session nor the cookie is not even looked up.
    expect(fake.calls.filter((c) => c.path === "/store/orders/order_guest")).toHaveLength(2)
  })

  it("answers null for an order commerce does not show", async () => {
    const { retrieveOrderForBuyer } = await load(commerce())
    expect(await retrieveOrderForBuyer("order_unknown", { customerId: "cus_1", placedHere: true })).toBeNull()
  })
})
