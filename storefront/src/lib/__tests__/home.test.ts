import { afterEach, describe, expect, it, vi } from "vitest"

const region = { id: "reg_ng", name: "Nigeria", currency_code: "ngn", countries: [{ iso_2: "ng" }] }
const book = {
  id: "prod_1",
  title: "The Quiet Draft",
  handle: "the-quiet-draft",
  variants: [{ calculated_price: { calculated_amount: 6500, currency_code: "ngn" } }],
}
const post = { id: 1, title: "How I outline a book in a weekend", slug: "outline", publishedAt: "2026-11-01T00:00:00Z" }

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } })

/** A fake network: each backend answers, or refuses connections when down. */
function network({ commerceUp, cmsUp }: { commerceUp: boolean; cmsUp: boolean }) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input.toString())
    if (url.port === "9000") {
      if (!commerceUp) throw new TypeError("fetch failed")
      if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
      if (url.pathname === "/store/regions") return json({ regions: [region] })
      if (url.pathname === "/store/products") return json({ products: [book], count: 1 })
    }
    if (url.port === "3001") {
      if (!cmsUp) throw new TypeError("fetch failed")
      if (url.pathname === "/api/posts") return json({ docs: [post], totalDocs: 1, totalPages: 1 })
    }
    return new Response("not found", { status: 404 })
  })
}

async function loadHomeWith(fetchImpl: ReturnType<typeof network>, country = "ng") {
  vi.resetModules()
  vi.stubGlobal("fetch", fetchImpl)
  vi.spyOn(console, "error").mockImplementation(() => {})
  const { loadHome } = await import("../data/home")
  return loadHome(country)
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe("loadHome", () => {
  it("loads books for the country's region and the latest posts", async () => {
    const fetchImpl = network({ commerceUp: true, cmsUp: true })
    const home = await loadHomeWith(fetchImpl)
    expect(home.shop).toEqual({ ok: true, data: { region, products: [book] } })
    expect(home.blog).toEqual({ ok: true, data: [post] })
    const productsCall = fetchImpl.mock.calls.map(([u]) => new URL(u.toString())).find((u) => u.pathname === "/store/products")!
    expect(productsCall.searchParams.get("region_id")).toBe("reg_ng")
  })

  it("still returns the posts when commerce is down", async () => {
    const home = await loadHomeWith(network({ commerceUp: false, cmsUp: true }))
    expect(home.shop).toEqual({ ok: false, error: { source: "commerce", status: null, message: "fetch failed" } })
    expect(home.blog).toEqual({ ok: true, data: [post] })
  })

  it("never throws, even with both backends down", async () => {
    const home = await loadHomeWith(network({ commerceUp: false, cmsUp: false }))
    expect(home.shop.ok).toBe(false)
    expect(home.blog.ok).toBe(false)
  })

  it("still returns the books when the cms is down", async () => {
    const home = await loadHomeWith(network({ commerceUp: true, cmsUp: false }))
    expect(home.shop.ok).toBe(true)
    expect(home.blog).toMatchObject({ ok: false, error: { source: "cms", message: "fetch failed" } })
  })

  it("has no books for a country no region sells to", async () => {
    const home = await loadHomeWith(network({ commerceUp: true, cmsUp: true }), "fr")
    expect(home.shop).toEqual({ ok: true, data: null })
  })
})
