import { afterEach, describe, expect, it, vi } from "vitest"

const region = { id: "reg_ng", name: "Nigeria", currency_code: "ngn", countries: [{ iso_2: "ng" }] }
const book = (handle: string) => ({
  id: `prod_${handle}`,
  title: handle,
  handle,
  variants: [{ calculated_price: { calculated_amount: 6500, currency_code: "ngn" } }],
})
const post = { id: 1, title: "How I outline a book in a weekend", slug: "outline", publishedAt: "2026-11-01T00:00:00Z" }
const homePage = {
  id: 1,
  title: "Home",
  slug: "home",
  layout: [
    { blockType: "hero", heading: "Books for writers" },
    { blockType: "featuredBooks", heading: "Books", productHandles: [{ handle: "learning-in-public" }, { handle: "the-quiet-draft" }, { handle: "withdrawn" }] },
    { blockType: "latestPosts", heading: "Latest from the blog", limit: 3 },
  ],
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } })

/** A fake network: each backend answers, or refuses connections when down. */
function network({ commerceUp, cmsUp }: { commerceUp: boolean; cmsUp: boolean }) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input.toString())
    if (url.port === "9000") {
      if (!commerceUp) throw new TypeError("fetch failed")
      if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
      if (url.pathname === "/store/regions") return json({ regions: [region] })
      if (url.pathname === "/store/products") {
        // Medusa answers in its own order and without unknown handles.
        const asked = url.searchParams.getAll("handle[]").concat(url.searchParams.getAll("handle"))
        const known = ["the-quiet-draft", "learning-in-public"].filter((h) => !asked.length || asked.includes(h))
        return json({ products: known.map(book), count: known.length })
      }
    }
    if (url.port === "3001") {
      if (!cmsUp) throw new TypeError("fetch failed")
      if (url.pathname === "/api/pages") return json({ docs: [homePage], totalDocs: 1, totalPages: 1 })
      if (url.pathname === "/api/posts") return json({ docs: [post], totalDocs: 1, totalPages: 1 })
    }
    return new Response("not found", { status: 404 })
  })
}

async function importHome(fetchImpl: ReturnType<typeof network>) {
  vi.resetModules()
  vi.stubGlobal("fetch", fetchImpl)
  vi.spyOn(console, "error").mockImplementation(() => {})
  vi.doMock("next/headers", () => ({ draftMode: async () => ({ isEnabled: false }) }))
  return import("../data/home")
}

const urls = (fetchImpl: ReturnType<typeof network>) => fetchImpl.mock.calls.map(([u]) => new URL(u.toString()))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.doUnmock("next/headers")
})

describe("loadHome", () => {
  it("renders the cms page `home`, its books priced for the region in the editor's order, and the latest posts", async () => {
    const fetchImpl = network({ commerceUp: true, cmsUp: true })
    const { loadHome } = await importHome(fetchImpl)
    const { blocks, cms } = await loadHome("ng")
    expect(cms.ok).toBe(true)
    expect(blocks.map((block) => block.blockType)).toEqual(["hero", "featuredBooks", "latestPosts"])
    const books = blocks[1] as Extract<(typeof blocks)[number], { blockType: "featuredBooks" }>
    expect(books.books.ok && books.books.data?.products.map((p) => p.handle)).toEqual(["learning-in-public", "the-quiet-draft"])
    const posts = blocks[2] as Extract<(typeof blocks)[number], { blockType: "latestPosts" }>
    expect(posts.posts).toEqual({ ok: true, data: [post] })

    const pageCall = urls(fetchImpl).find((u) => u.pathname === "/api/pages")!
    expect(pageCall.searchParams.get("where[slug][equals]")).toBe("home")
    expect(pageCall.searchParams.get("where[_status][equals]")).toBe("published")
    expect(urls(fetchImpl).find((u) => u.pathname === "/store/products")!.searchParams.get("region_id")).toBe("reg_ng")
  })

  it("tags the books with each product's tag, so a price change expires the page", async () => {
    const fetchImpl = network({ commerceUp: true, cmsUp: true })
    const { loadHome } = await importHome(fetchImpl)
    await loadHome("ng")
    const productsCall = fetchImpl.mock.calls.find(([u]) => new URL(u.toString()).pathname === "/store/products")!
    const tags = ((productsCall as unknown[])[1] as { next?: { tags?: string[] } }).next?.tags
    expect(tags).toEqual(expect.arrayContaining(["product:learning-in-public", "product:the-quiet-draft", "product:withdrawn"]))
  })

  it("keeps the posts when commerce is down; only the books say so", async () => {
    const { loadHome } = await importHome(network({ commerceUp: false, cmsUp: true }))
    const { blocks } = await loadHome("ng")
    const books = blocks.find((block) => block.blockType === "featuredBooks")
    expect(books && "books" in books && books.books).toEqual({ ok: false, error: { source: "commerce", status: null, message: "fetch failed" } })
    const posts = blocks.find((block) => block.blockType === "latestPosts")
    expect(posts && "posts" in posts && posts.posts.ok).toBe(true)
  })

  it("still opens the shop with its books when the cms is down", async () => {
    const { loadHome } = await importHome(network({ commerceUp: true, cmsUp: false }))
    const { blocks, cms } = await loadHome("ng")
    expect(cms).toMatchObject({ ok: false, error: { source: "cms", message: "no answer for pages: fetch failed" } })
    expect(blocks).toHaveLength(1)
    const [books] = blocks
    expect(books && "books" in books && books.books.ok && books.books.data?.products).toHaveLength(2)
  })

  it("never throws, even with both backends down", async () => {
    const { loadHome } = await importHome(network({ commerceUp: false, cmsUp: false }))
    const { blocks, cms } = await loadHome("ng")
    expect(cms.ok).toBe(false)
    expect(blocks[0] && "books" in blocks[0] && blocks[0].books.ok).toBe(false)
  })
})

describe("isCountrySold", () => {
  it("is false only when commerce answered and no region sells there", async () => {
    const up = await importHome(network({ commerceUp: true, cmsUp: true }))
    expect(await up.isCountrySold("ng")).toBe(true)
    expect(await up.isCountrySold("fr")).toBe(false)
    const down = await importHome(network({ commerceUp: false, cmsUp: true }))
    expect(await down.isCountrySold("fr")).toBe(true)
  })
})
