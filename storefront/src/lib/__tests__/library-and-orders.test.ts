import { afterEach, describe, expect, it, vi } from "vitest"
import { json, redirectTarget } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const TOKEN = "h.eyJhY3Rvcl9pZCI6ImN1c18xIn0.s"

/** A fake commerce for the library and orders: one reader (cus_1) owns li_1 and order_mine. */
function commerce() {
  const calls: { method: string; path: string; auth: string | null; body?: unknown }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const auth = new Headers(init.headers).get("authorization")
    calls.push({ method: init.method ?? "GET", path: url.pathname, auth, body: typeof init.body === "string" ? JSON.parse(init.body) : init.body })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/customers/me/library/li_1/download") {
      return auth ? json({ url: "http://localhost:9000/ebooks/download/tok123", expires_at: "2030-01-01T00:05:00Z" }) : json({ message: "Unauthorized" }, 401)
    }
    if (url.pathname.startsWith("/store/customers/me/library/")) return json({ type: "not_found", message: "Not in your library" }, 404)
    if (url.pathname === "/store/customers/me/library") {
      return auth ? json({ items: [{ id: "li_1", product_handle: "the-quiet-draft" }] }) : json({ message: "Unauthorized" }, 401)
    }
    // Commerce decides who may see a confirmation: the emailed token, the owner's session, or the guest order's cart.
    const confirmation = /^\/store\/order-confirmations\/([^/]+)$/.exec(url.pathname)?.[1]
    const token = url.searchParams.get("token")
    const found = (id: string, hasAccount: boolean) =>
      json({ order: { id, display_id: 7, has_account: hasAccount, items: [] }, ebooks: [], courses: [] })
    if (confirmation === "order_guest" && token === "good") return found("order_guest", false)
    if (confirmation === "order_guest" && token === "old") return json({ message: "This order link has expired" }, 410)
    if (token) return json({ message: "This order link is not valid" }, 403)
    if (confirmation === "order_guest" && url.searchParams.get("cart_id") === "cart_guest") return found("order_guest", false)
    if (confirmation === "order_mine" && auth === `Bearer ${TOKEN}`) return found("order_mine", true)
    return json({ type: "not_found", message: "Order not found" }, 404)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: TOKEN })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return { ...(await import("../actions/library")), ...(await import("../data/orders")), ...(await import("../data/library")) }
}

const downloadForm = (itemId: string, format?: string) => {
  const form = new FormData()
  form.set("countryCode", "ng")
  form.set("itemId", itemId)
  if (format) form.set("format", format)
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

  it("asks for the format the reader pressed, and for the ebook's default when there is no choice", async () => {
    const fake = commerce()
    const { downloadEbook } = await load(fake)
    await redirectTarget(downloadEbook(null, downloadForm("li_1", "pdf")))
    expect(fake.calls.at(-1)).toMatchObject({ method: "POST", body: { format: "pdf" } })
    await redirectTarget(downloadEbook(null, downloadForm("li_1", "mobi")))
    expect(fake.calls.at(-1)!.body).toBeUndefined()
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

describe("retrieveOrderConfirmation", () => {
  it("opens a guest's order from the emailed token in any browser, and says when the link is old or not ours", async () => {
    const fake = commerce()
    const { retrieveOrderConfirmation } = await load(fake, cookieJar())
    expect(await retrieveOrderConfirmation("order_guest", { token: "good" })).toMatchObject({ kind: "found", confirmation: { order: { id: "order_guest" } } })
    expect(await retrieveOrderConfirmation("order_guest", { token: "old" })).toEqual({ kind: "expired" })
    expect(await retrieveOrderConfirmation("order_guest", { token: "forged" })).toEqual({ kind: "invalid" })
    expect(await retrieveOrderConfirmation("order_unknown", { token: "good" })).toEqual({ kind: "invalid" })
    expect(fake.calls.filter((c) => c.path.startsWith("/store/order-confirmations/")).every((c) => c.auth === null)).toBe(true)
  })

  it("opens a customer's order with their session, and a guest order for the browser holding its cart", async () => {
    const { retrieveOrderConfirmation } = await load(commerce())
    expect(await retrieveOrderConfirmation("order_mine", {})).toMatchObject({ kind: "found", confirmation: { order: { has_account: true } } })
    const guestBrowser = await load(commerce(), cookieJar())
    expect(await guestBrowser.retrieveOrderConfirmation("order_guest", { cartId: "cart_guest" })).toMatchObject({ kind: "found" })
    expect(await guestBrowser.retrieveOrderConfirmation("order_guest", { cartId: "cart_other" })).toEqual({ kind: "missing" })
    expect(await guestBrowser.retrieveOrderConfirmation("order_mine", {})).toEqual({ kind: "missing" })
  })
})

describe("retrieveEbookOwnership", () => {
  it("tells the book page a signed-in reader owns its ebook, asking with their session and never from the shared cache", async () => {
    const fake = commerce()
    const { retrieveEbookOwnership } = await load(fake)
    expect(await retrieveEbookOwnership("the-quiet-draft")).toEqual({ signedIn: true, owned: true })
    expect(await retrieveEbookOwnership("learning-in-public")).toEqual({ signedIn: true, owned: false })
    expect(fake.calls.find((c) => c.path === "/store/customers/me/library")).toMatchObject({ auth: `Bearer ${TOKEN}` })
  })

  it("answers signed out without asking commerce when there is no session", async () => {
    const fake = commerce()
    const { retrieveEbookOwnership } = await load(fake, cookieJar())
    expect(await retrieveEbookOwnership("the-quiet-draft")).toEqual({ signedIn: false, owned: false })
    expect(fake.calls.filter((c) => c.path.includes("/library"))).toEqual([])
  })
})
